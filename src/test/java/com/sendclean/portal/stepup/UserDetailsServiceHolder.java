package com.sendclean.portal.stepup;

import com.sendclean.portal.security.PortalUser;
import com.sendclean.portal.security.PortalUserDetailsService;
import org.springframework.stereotype.Component;

/** Loads principals the way sign-in does, for tests that build authentications themselves. */
@Component
class UserDetailsServiceHolder {

    private final PortalUserDetailsService users;

    UserDetailsServiceHolder(PortalUserDetailsService users) {
        this.users = users;
    }

    PortalUser load(String username) {
        return (PortalUser) users.loadUserByUsername(username);
    }
}

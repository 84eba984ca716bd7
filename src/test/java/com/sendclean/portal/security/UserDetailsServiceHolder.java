package com.sendclean.portal.security;

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

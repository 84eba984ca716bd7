package com.sendclean.portal.security;

import java.util.ArrayList;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Loads accounts from PostgreSQL for Spring Security's form sign-in. */
@Service
public class PortalUserDetailsService implements UserDetailsService {

    private final UserAccountRepository accounts;

    public PortalUserDetailsService(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        // the message is never shown; the login form only ever says "incorrect username or password"
        UserAccount account = accounts.findByUsername(username).orElseThrow(() -> new UsernameNotFoundException("unknown"));
        return toPrincipal(account);
    }

    public static PortalUser toPrincipal(UserAccount account) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        authorities.add(new SimpleGrantedAuthority("ROLE_" + Roles.USER));
        if (account.platformAdmin()) {
            authorities.add(new SimpleGrantedAuthority(Roles.PLATFORM_ADMIN_AUTHORITY));
        }
        return new PortalUser(account.id(), account.username(), account.passwordHash(), account.active(), authorities);
    }
}

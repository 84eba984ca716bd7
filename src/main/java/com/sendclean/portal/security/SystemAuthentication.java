package com.sendclean.portal.security;

import com.sendclean.portal.audit.Actor;
import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * The portal itself, doing background work that no signed-in person asked for (refreshing a shared copy, answering a
 * cluster event). It holds only {@link Roles#SYSTEM}: tenant checks let it read, never change; its principal is the
 * audit actor "system (purpose)". Only {@link RunAs#system} creates one; it never belongs to an HTTP session.
 */
final class SystemAuthentication extends AbstractAuthenticationToken {

    private final Actor actor;

    SystemAuthentication(String purpose) {
        super(List.of(new SimpleGrantedAuthority("ROLE_" + Roles.SYSTEM)));
        this.actor = new Actor(null, "system (" + purpose + ")");
        super.setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public Actor getPrincipal() {
        return actor;
    }

    @Override
    public void setAuthenticated(boolean authenticated) {
        if (authenticated) {
            throw new IllegalArgumentException("Only RunAs.system creates the system actor");
        }
        super.setAuthenticated(false);
    }
}

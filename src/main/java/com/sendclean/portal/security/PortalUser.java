package com.sendclean.portal.security;

import com.sendclean.portal.audit.AuditActor;
import java.util.Collection;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** The signed-in principal: Spring Security's user plus the account id that services key their checks on. */
public class PortalUser extends User implements AuditActor {

    private final UserId id;

    public PortalUser(UserId id, String username, String passwordHash, boolean enabled,
               Collection<? extends GrantedAuthority> authorities) {
        super(username, passwordHash, enabled, true, true, true, authorities);
        this.id = id;
    }

    public UserId id() {
        return id;
    }

    @Override
    public long auditUserId() {
        return id.value();
    }

    public boolean isPlatformAdmin() {
        return getAuthorities().stream().anyMatch(a -> Roles.PLATFORM_ADMIN_AUTHORITY.equals(a.getAuthority()));
    }

    @Override
    public boolean equals(Object other) {
        return super.equals(other);
    }

    @Override
    public int hashCode() {
        return super.hashCode();
    }
}

package com.sendclean.portal.tenant;

import com.sendclean.portal.security.CurrentUser;
import com.sendclean.portal.security.PortalUser;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The membership check behind every tenant operation, used in {@code @PreAuthorize} as
 * {@code @tenantAccess.allows(#tenantId, 'OPERATOR')}. It reads the database on every call, so a revoked membership
 * or a deactivated tenant takes effect at once; membership and tenant are read in one query, and once per
 * background task ({@link TenantAccessScope}). Platform administrators get no tenant access from their authority.
 */
@Component("tenantAccess")
public class TenantAccess {

    private final MembershipRepository memberships;
    private final TenantRepository tenants;
    private final CurrentUser currentUser;

    TenantAccess(MembershipRepository memberships, TenantRepository tenants, CurrentUser currentUser) {
        this.memberships = memberships;
        this.tenants = tenants;
        this.currentUser = currentUser;
    }

    /** Whether the signed-in user is a member of the active tenant with at least the given role. */
    public boolean allows(TenantId tenantId, String role) {
        return allows(tenantId, TenantRole.valueOf(role));
    }

    public boolean allows(TenantId tenantId, TenantRole role) {
        if (tenantId != null && role == TenantRole.VIEWER && currentUser.isSystem()) {
            // background work with nobody signed in (RunAs.system) reads an active tenant's data, never changes it
            return tenants.findById(tenantId).map(Tenant::active).orElse(false);
        }
        return tenantId != null && roleOf(tenantId).map(actual -> actual.includes(role)).orElse(false);
    }

    /**
     * Whether the signed-in user administers the tenant as the platform: platform administrators create, rename,
     * deactivate tenants and manage their members, without any access to the tenant's own pages or data.
     */
    public boolean administers(TenantId tenantId) {
        return tenantId != null && currentUser.get().map(PortalUser::isPlatformAdmin).orElse(false);
    }

    /** The signed-in user's role in the tenant, if the tenant is active and they are a member. */
    public Optional<TenantRole> roleOf(TenantId tenantId) {
        // one query for membership and tenant: this runs on every call of every tenant operation
        return currentUser.get().flatMap(user -> TenantAccessScope.roleOf(tenantId, user.id(),
                () -> memberships.findRoleInActiveTenant(tenantId, user.id())));
    }
}

package com.sendclean.portal.tenant;

import com.sendclean.portal.cluster.ClusterListening;
import com.sendclean.portal.cluster.CoherentCache;
import com.sendclean.portal.security.CurrentUser;
import com.sendclean.portal.security.PortalUser;
import com.sendclean.portal.security.UserId;
import java.util.Optional;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The membership check behind every tenant operation, used in {@code @PreAuthorize} as
 * {@code @tenantAccess.allows(#tenantId, 'OPERATOR')}. Membership and tenant are read in one query and kept per user
 * and tenant while nothing changes them (issue 18: one PostgreSQL round trip less per operation): every membership
 * or tenant-activity write on any instance drops what every instance keeps ({@link TenantAccessChanged}), and nothing
 * is kept while this instance does not hear the other instances, so a revoked membership or a deactivated tenant takes
 * effect at once. Platform administrators get no tenant access from their authority.
 */
@Component("tenantAccess")
public class TenantAccess {

    private record Key(TenantId tenant, UserId user) {}

    private final MembershipRepository memberships;
    private final TenantRepository tenants;
    private final CurrentUser currentUser;
    private final CoherentCache<Key, Optional<TenantRole>> roles;

    TenantAccess(MembershipRepository memberships, TenantRepository tenants, CurrentUser currentUser,
                 ClusterListening listening) {
        this.memberships = memberships;
        this.tenants = tenants;
        this.currentUser = currentUser;
        this.roles = new CoherentCache<>(listening);
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
        // one query for membership and tenant, kept until either changes: this runs on every tenant operation
        return currentUser.get().flatMap(user -> roles.get(new Key(tenantId, user.id()),
                key -> memberships.findRoleInActiveTenant(key.tenant(), key.user())));
    }

    /** A membership or the tenant's activity changed, here or on another instance. */
    @EventListener
    void accessChanged(TenantAccessChanged changed) {
        roles.forgetAll();
    }
}

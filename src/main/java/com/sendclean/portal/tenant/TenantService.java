package com.sendclean.portal.tenant;

import com.sendclean.portal.security.CurrentUser;
import com.sendclean.portal.security.PortalUser;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The signed-in user's tenants: which they may open, and where they land. */
@Service
@PreAuthorize("isAuthenticated()")
public class TenantService {

    private static final Logger log = LoggerFactory.getLogger(TenantService.class);

    private final TenantRepository tenants;
    private final MembershipRepository memberships;
    private final CurrentUser currentUser;

    TenantService(TenantRepository tenants, MembershipRepository memberships, CurrentUser currentUser) {
        this.tenants = tenants;
        this.memberships = memberships;
        this.currentUser = currentUser;
    }

    /** The active tenants the signed-in user belongs to, by name. */
    @Transactional(readOnly = true)
    public List<TenantMembership> myTenants() {
        return memberships.findActiveByUser(currentUser.require().id());
    }

    /**
     * Opens a tenant by its slug for the signed-in user and remembers it as the last one used. A slug the user may
     * not open looks exactly like one that does not exist; the attempt is logged.
     */
    @Transactional
    public Optional<TenantMembership> open(String slug, TenantRole required) {
        PortalUser user = currentUser.require();
        Optional<TenantMembership> membership = tenants.findBySlug(slug)
                .filter(Tenant::active)
                .flatMap(tenant -> memberships.findRole(tenant.id(), user.id())
                        .map(role -> new TenantMembership(tenant, role)))
                .filter(found -> found.allows(required));
        if (membership.isEmpty()) {
            log.debug("Refused tenant page: user {} (id {}) asked for slug '{}' needing {}", user.getUsername(),
                    user.id(), sanitize(slug), required);
            return Optional.empty();
        }
        memberships.rememberLastTenant(user.id(), membership.get().tenantId());
        return membership;
    }

    /** Where the signed-in user lands: the tenant used last, else the first by name, else none. */
    @Transactional(readOnly = true)
    public Optional<TenantMembership> landingTenant() {
        PortalUser user = currentUser.require();
        List<TenantMembership> mine = memberships.findActiveByUser(user.id());
        Optional<TenantId> last = memberships.findLastTenant(user.id());
        return last.flatMap(id -> mine.stream().filter(m -> m.tenantId().equals(id)).findFirst())
                .or(() -> mine.stream().findFirst());
    }

    private static String sanitize(String slug) {
        // a typed URL reaches the log: keep it short and on one line
        String value = slug == null ? "" : slug.replaceAll("[^A-Za-z0-9._-]", "?");
        return value.length() > 80 ? value.substring(0, 80) + "…" : value;
    }
}

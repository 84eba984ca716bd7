package com.sendclean.portal.tenant;

/** A tenant as one of its members sees it: which tenant, and in which role. */
public record TenantMembership(Tenant tenant, TenantRole role) {

    public TenantId tenantId() {
        return tenant.id();
    }

    public boolean allows(TenantRole required) {
        return role.includes(required);
    }
}

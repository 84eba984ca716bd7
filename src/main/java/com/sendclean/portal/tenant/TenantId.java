package com.sendclean.portal.tenant;

/** Identifies a tenant (one customer account). */
public record TenantId(long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}

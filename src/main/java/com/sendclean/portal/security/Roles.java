package com.sendclean.portal.security;

/** Names of the portal-wide roles. Tenant roles (ADMIN, OPERATOR, VIEWER) are memberships, not authorities. */
public final class Roles {

    /** Operates the portal itself; grants no access to any tenant's pages. */
    public static final String PLATFORM_ADMIN = "PLATFORM_ADMIN";

    public static final String PLATFORM_ADMIN_AUTHORITY = "ROLE_" + PLATFORM_ADMIN;

    /** Every signed-in person. */
    public static final String USER = "USER";

    /**
     * Someone who gave the right password but not yet the second factor. No page or service accepts it except the
     * second sign-in step.
     */
    public static final String TWO_FACTOR_PENDING = "TWO_FACTOR_PENDING";

    /**
     * The portal itself doing background work with no signed-in person (see {@code RunAs.system}): tenant checks let
     * it read a tenant's data, never change it.
     */
    public static final String SYSTEM = "SYSTEM";

    private Roles() {}
}

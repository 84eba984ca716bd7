package com.sendclean.portal.tenant;

/** What a member may do in a tenant. Each role includes the ones below it. */
public enum TenantRole {
    /** Reads SMTP users, never their passwords. */
    VIEWER("Viewer"),
    /** Manages SMTP users. */
    OPERATOR("Operator"),
    /** Manages SMTP users, the SendClean credentials and the members. */
    ADMIN("Admin");

    private final String label;

    TenantRole(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean includes(TenantRole required) {
        return ordinal() >= required.ordinal();
    }
}

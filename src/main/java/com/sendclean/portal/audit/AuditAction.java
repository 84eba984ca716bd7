package com.sendclean.portal.audit;

import java.util.Locale;

/** Everything the audit trail records. The names are stored, so never rename one. */
public enum AuditAction {
    SMTP_USER_CREATED, SMTP_USER_LIMIT_CHANGED, SMTP_USER_STATUS_CHANGED, SMTP_USER_PASSWORD_RESET,
    SMTP_USER_PASSWORD_REVEALED, SMTP_USER_PASSWORD_COPIED,
    CREDENTIALS_SAVED, CREDENTIALS_TESTED, CREDENTIALS_REMOVED, CREDENTIALS_UNREADABLE,
    KEYSET_ROTATED, CREDENTIALS_REENCRYPTED,
    MEMBER_ADDED, MEMBER_ROLE_CHANGED, MEMBER_REMOVED,
    TENANT_CREATED, TENANT_RENAMED, TENANT_DEACTIVATED, TENANT_REACTIVATED,
    USER_CREATED, USER_DEACTIVATED, USER_REACTIVATED, USER_PASSWORD_RESET, PASSWORD_CHANGED,
    TWO_FACTOR_ENROLLED, TWO_FACTOR_DISABLED, RECOVERY_CODE_USED,
    SIGN_IN_SUCCEEDED, SIGN_IN_FAILED, SIGNED_OUT, SIGN_IN_THROTTLED,
    // issue 16: a re-list found a change of an SMTP user that no portal action explains
    CHANGED_OUTSIDE_THE_PORTAL,
    // issue 16: one event per bulk action, with its counts, beside the event of each change
    SMTP_USERS_BULK_CHANGED;

    /** "SMTP user limit changed" */
    public String label() {
        String words = name().replace('_', ' ').toLowerCase(Locale.ROOT)
                .replace("smtp", "SMTP").replace("two factor", "two-factor");
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}

package com.sendclean.portal.audit;

/**
 * One thing that happened, as a caller describes it. Time, client and (unless given) actor are added by
 * {@link AuditLog}. Never put a secret in {@code target} or {@code detail}.
 *
 * @param actor who did it; null means the signed-in user
 * @param tenantId the tenant it happened in, or null
 * @param outcome {@link #SUCCESS} or the kind of failure
 * @param detail old and new values, or the failure's message
 */
public record AuditEvent(AuditAction action, Actor actor, Long tenantId, String target, String outcome, String detail) {

    public static final String SUCCESS = "SUCCESS";

    public static AuditEvent success(AuditAction action, Long tenantId, String target) {
        return new AuditEvent(action, null, tenantId, target, SUCCESS, null);
    }

    public static AuditEvent failure(AuditAction action, Long tenantId, String target, String kind, String message) {
        return new AuditEvent(action, null, tenantId, target, kind, message);
    }

    public AuditEvent withDetail(String newDetail) {
        return new AuditEvent(action, actor, tenantId, target, outcome, newDetail);
    }

    public AuditEvent by(Actor who) {
        return new AuditEvent(action, who, tenantId, target, outcome, detail);
    }
}

package com.sendclean.portal.audit;

import java.time.Instant;

/** A recorded event as the audit screens and the export show it. */
public record AuditEntry(long id, Instant time, Long actorId, String actorName, Long tenantId, String tenantSlug,
                         String action, String target, String outcome, String detail, String clientIp,
                         String userAgent) {

    /** The action's label, or the stored name for actions this version does not know. */
    public String actionLabel() {
        try {
            return AuditAction.valueOf(action).label();
        } catch (IllegalArgumentException unknown) {
            return action;
        }
    }
}

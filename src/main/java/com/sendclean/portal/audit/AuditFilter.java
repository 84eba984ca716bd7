package com.sendclean.portal.audit;

import java.time.Instant;

/**
 * What the audit screens filter on; null or blank means "any".
 *
 * @param tenantId only this tenant's events (set by the service, never by the screen)
 * @param from inclusive
 * @param to exclusive
 * @param actor case-insensitive prefix of the actor's name
 * @param target case-insensitive prefix of the target
 */
public record AuditFilter(Long tenantId, Instant from, Instant to, AuditAction action, String actor, String target) {

    public static final AuditFilter ANY = new AuditFilter(null, null, null, null, null, null);

    public AuditFilter forTenant(long tenant) {
        return new AuditFilter(tenant, from, to, action, actor, target);
    }

    public AuditFilter acrossTenants() {
        return new AuditFilter(null, from, to, action, actor, target);
    }
}

package com.sendclean.portal.history;

import com.sendclean.portal.audit.AuditEntry;
import com.sendclean.portal.audit.AuditFilter;
import com.sendclean.portal.audit.AuditReader;
import com.sendclean.portal.tenant.TenantId;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the portal knows about the history of a tenant's SMTP users: each user's audit events and the changes a
 * re-list found outside the portal. Every member reads it; it never holds a password.
 */
@Service
public class SmtpUserHistory {

    static final int MAX_EVENTS = 200;

    private final AuditReader audit;
    private final LastListedRepository lastListed;

    SmtpUserHistory(AuditReader audit, LastListedRepository lastListed) {
        this.audit = audit;
        this.lastListed = lastListed;
    }

    /** The user's audit events, newest first (at most {@value #MAX_EVENTS}): changes, reveals, resets, outside changes. */
    @PreAuthorize("@tenantAccess.allows(#tenantId, 'VIEWER')")
    @Transactional(readOnly = true)
    public List<AuditEntry> eventsOf(TenantId tenantId, String name) {
        // the filter matches a prefix: smtp123 would also find smtp1234
        return audit.page(new AuditFilter(tenantId.value(), null, null, null, null, name), 0, MAX_EVENTS).stream()
                .filter(event -> name.equals(event.target()))
                .toList();
    }

    /** The tenant's users whose latest change found by a re-list was made outside the portal, newest first. */
    @PreAuthorize("@tenantAccess.allows(#tenantId, 'VIEWER')")
    @Transactional(readOnly = true)
    public List<OutsideChange> changedOutside(TenantId tenantId, int limit) {
        return lastListed.changedOutside(tenantId, limit);
    }

    /** The names to mark "Changed outside the portal" in the SMTP users grid. */
    @PreAuthorize("@tenantAccess.allows(#tenantId, 'VIEWER')")
    @Transactional(readOnly = true)
    public Set<String> namesChangedOutside(TenantId tenantId) {
        return lastListed.changedOutside(tenantId, 10_000).stream().map(OutsideChange::name).collect(Collectors.toSet());
    }
}

package com.sendclean.portal.auditpages;

import com.sendclean.portal.audit.AuditEntry;
import com.sendclean.portal.audit.AuditFilter;
import com.sendclean.portal.audit.AuditReader;
import com.sendclean.portal.tenant.TenantId;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Reading the audit trail: a tenant's ADMINs see that tenant's events, platform administrators everything. Each
 * method checks the caller itself, whatever the screen allowed; there is no method that changes an event.
 */
@Service
public class AuditTrailService {

    private final AuditReader reader;

    AuditTrailService(AuditReader reader) {
        this.reader = reader;
    }

    /** One page of the tenant's events, newest first. */
    @PreAuthorize("@tenantAccess.allows(#tenantId, 'ADMIN')")
    public List<AuditEntry> tenantEvents(TenantId tenantId, AuditFilter filter, int offset, int limit) {
        return reader.page(filter.forTenant(tenantId.value()), offset, limit);
    }

    /** One page of every tenant's (and no tenant's) events, newest first. */
    @PreAuthorize("hasRole('PLATFORM_ADMIN')")
    public List<AuditEntry> allEvents(AuditFilter filter, int offset, int limit) {
        return reader.page(filter, offset, limit);
    }

    /** Streams the tenant's filtered events as CSV; returns how many. */
    @PreAuthorize("@tenantAccess.allows(#tenantId, 'ADMIN')")
    public long exportTenant(TenantId tenantId, AuditFilter filter, OutputStream out) throws IOException {
        return reader.exportCsv(filter.forTenant(tenantId.value()), out);
    }

    /** Streams all filtered events as CSV; returns how many. */
    @PreAuthorize("hasRole('PLATFORM_ADMIN')")
    public long exportAll(AuditFilter filter, OutputStream out) throws IOException {
        return reader.exportCsv(filter, out);
    }
}

package com.sendclean.portal.auditpages;

import com.sendclean.portal.audit.AuditCsvExport;
import com.sendclean.portal.audit.AuditEntry;
import com.sendclean.portal.audit.AuditFilter;
import com.sendclean.portal.audit.AuditRepository;
import com.sendclean.portal.tenant.TenantId;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading the audit trail: a tenant's ADMINs see that tenant's events, platform administrators everything. Each
 * method checks the caller itself, whatever the screen allowed; there is no method that changes an event.
 */
@Service
public class AuditTrailService {

    /** Longest page a screen may ask for. */
    static final int MAX_PAGE = 500;

    private final AuditRepository repository;
    private final AuditCsvExport export;

    AuditTrailService(AuditRepository repository, AuditCsvExport export) {
        this.repository = repository;
        this.export = export;
    }

    /** One page of the tenant's events, newest first. */
    @PreAuthorize("@tenantAccess.allows(#tenantId, 'ADMIN')")
    @Transactional(readOnly = true)
    public List<AuditEntry> tenantEvents(TenantId tenantId, AuditFilter filter, int offset, int limit) {
        return repository.find(filter.forTenant(tenantId.value()), Math.max(0, offset), pageSize(limit));
    }

    /** One page of every tenant's (and no tenant's) events, newest first. */
    @PreAuthorize("hasRole('PLATFORM_ADMIN')")
    @Transactional(readOnly = true)
    public List<AuditEntry> allEvents(AuditFilter filter, int offset, int limit) {
        return repository.find(filter, Math.max(0, offset), pageSize(limit));
    }

    /** Streams the tenant's filtered events as CSV; returns how many. */
    @PreAuthorize("@tenantAccess.allows(#tenantId, 'ADMIN')")
    public long exportTenant(TenantId tenantId, AuditFilter filter, OutputStream out) throws IOException {
        return export.write(filter.forTenant(tenantId.value()), out);
    }

    /** Streams all filtered events as CSV; returns how many. */
    @PreAuthorize("hasRole('PLATFORM_ADMIN')")
    public long exportAll(AuditFilter filter, OutputStream out) throws IOException {
        return export.write(filter, out);
    }

    private static int pageSize(int limit) {
        return Math.max(1, Math.min(limit, MAX_PAGE));
    }
}

package com.sendclean.portal.audit;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit log's one read API: pages of events and their CSV export. The table and its queries stay inside this
 * module; callers (the audit pages) decide who may read which tenant's events before they ask.
 */
@Component
public class AuditReader {

    /** Longest page anyone may ask for. */
    public static final int MAX_PAGE = 500;

    private final AuditRepository repository;
    private final AuditCsvExport export;

    AuditReader(AuditRepository repository, AuditCsvExport export) {
        this.repository = repository;
        this.export = export;
    }

    /** One page of the events the filter selects, newest first. */
    @Transactional(readOnly = true)
    public List<AuditEntry> page(AuditFilter filter, int offset, int limit) {
        return repository.find(filter, Math.max(0, offset), Math.max(1, Math.min(limit, MAX_PAGE)));
    }

    /** Streams the events the filter selects as CSV while the database reads them; returns how many. */
    public long exportCsv(AuditFilter filter, OutputStream out) throws IOException {
        return export.write(filter, out);
    }
}

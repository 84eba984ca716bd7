package com.sendclean.portal.audit;

import java.util.stream.Stream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes filtered events as CSV while the database cursor reads them, so memory stays flat however many there are.
 * Callers check who may export which events.
 */
@Component
class AuditCsvExport {

    static final String[] HEADER = {"time", "actor_id", "actor", "tenant_id", "tenant", "action", "target",
        "outcome", "detail", "client_ip", "user_agent"};

    private final AuditRepository repository;

    AuditCsvExport(AuditRepository repository) {
        this.repository = repository;
    }

    /** @return the number of events written */
    @Transactional(readOnly = true)
    public long write(AuditFilter filter, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        long[] count = {0};
        CSVPrinter csv = CSVFormat.DEFAULT.builder().setHeader(HEADER).get().print(writer);
        try {
            repository.forEach(filter, entry -> {
                try {
                    // every cell, not only the free-text ones: the client address once came from a header, and
                    // rows written before it was checked are still in the table
                    csv.printRecord(Stream.of(entry.time(), entry.actorId(), entry.actorName(),
                                    entry.tenantId(), entry.tenantSlug(), entry.action(), entry.target(),
                                    entry.outcome(), entry.detail(), entry.clientIp(), entry.userAgent())
                            .map(cell -> cell == null ? null : safe(cell.toString())));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                count[0]++;
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        csv.flush();
        return count[0];
    }

    /** Keeps spreadsheet programs from running a cell as a formula. */
    static String safe(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        // spreadsheets skip leading blanks before reading a formula, so the first other character counts too
        String trimmed = value.stripLeading();
        return startsFormula(value.charAt(0)) || (!trimmed.isEmpty() && startsFormula(trimmed.charAt(0)))
                ? "'" + value : value;
    }

    private static boolean startsFormula(char c) {
        return "=+-@\t\r\n".indexOf(c) >= 0;
    }
}

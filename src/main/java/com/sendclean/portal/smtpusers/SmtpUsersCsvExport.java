package com.sendclean.portal.smtpusers;

import com.sendclean.portal.sendclean.SmtpUser;
import com.sendclean.portal.tenant.TenantId;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Component;
import com.vaadin.flow.server.streams.DownloadHandler;

/**
 * "Export CSV" on the SMTP users screen: the users the screen shows (its search applied), with name, status and
 * limits, never a password. Rows are streamed to the browser from the shared copy as they are written; every cell
 * that a spreadsheet could run as a formula is prefixed with an apostrophe.
 */
@Component
public class SmtpUsersCsvExport {

    static final String[] HEADER = {"name", "status", "total_limit", "hourly_limit"};

    private final SmtpUserService smtpUsers;

    SmtpUsersCsvExport(SmtpUserService smtpUsers) {
        this.smtpUsers = smtpUsers;
    }

    /** The download of the tenant's users matching the screen's search at the moment of the click. */
    public DownloadHandler download(TenantId tenantId, String slug, Supplier<String> search) {
        return event -> {
            event.setFileName("smtp-users-" + slug + ".csv");
            event.setContentType("text/csv; charset=UTF-8");
            try (OutputStream out = event.getOutputStream()) {
                // the service checks the tenant and role again in the download's own request
                write(smtpUsers.list(tenantId, false).query(search.get(), SmtpUserSnapshot.SortKey.NAME, false), out);
            }
        };
    }

    /** @return the number of users written */
    static long write(Stream<SmtpUser> users, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CSVPrinter csv = CSVFormat.DEFAULT.builder().setHeader(HEADER).get().print(writer);
        long count = 0;
        for (Iterator<SmtpUser> it = users.iterator(); it.hasNext(); ) {
            SmtpUser user = it.next();
            csv.printRecord(safe(user.name()), user.enabled() ? "Enabled" : "Disabled", user.totalLimit(), user.hourlyLimit());
            count++;
        }
        csv.flush();
        return count;
    }

    /** Keeps spreadsheet programs from running a cell as a formula. */
    static String safe(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value : value;
    }
}

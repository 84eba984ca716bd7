package com.sendclean.portal.audit;

import com.sendclean.portal.auditpages.AuditTrailService;
import com.sendclean.portal.support.IntegrationTest;
import com.sendclean.portal.support.SignedIn;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Whoever opens the exported CSV in a spreadsheet never runs a formula someone planted in an event. */
@IntegrationTest
class AuditExportFormulaTest {

    @Autowired SignedIn signedIn;
    @Autowired AuditTrailService auditTrail;
    @Autowired JdbcClient jdbc;

    @Test
    void everyCellThatAStartsLikeAFormulaIsExportedAsText() throws Exception {
        // a row as an older version could write it, with the client address taken from a forged header
        jdbc.sql("""
                        insert into audit_event (actor_name, action, target, outcome, detail, client_ip, user_agent)
                        values ('=cmd|''/C calc''!A0', '@SUM(A1)', '+target', '-OUTCOME', ' =detail',
                                '=HYPERLINK("http://x")', '\tagent')""")
                .update();

        List<CSVRecord> records = export();
        CSVRecord planted = records.stream().filter(r -> r.get("action").contains("SUM")).findFirst().orElseThrow();

        assertThat(planted.get("client_ip")).isEqualTo("'=HYPERLINK(\"http://x\")");
        assertThat(planted.get("action")).isEqualTo("'@SUM(A1)");
        assertThat(planted.get("outcome")).isEqualTo("'-OUTCOME");
        assertThat(planted.get("actor")).startsWith("'=");
        assertThat(planted.get("target")).isEqualTo("'+target");
        assertThat(planted.get("detail")).isEqualTo("' =detail");
        assertThat(planted.get("user_agent")).isEqualTo("'\tagent");
        for (CSVRecord record : records) {
            for (String cell : record) {
                assertThat(cell).as("no cell starts a formula").doesNotStartWith("=").doesNotStartWith("+")
                        .doesNotStartWith("-").doesNotStartWith("@");
            }
        }
    }

    private List<CSVRecord> export() throws IOException {
        var out = new ByteArrayOutputStream();
        signedIn.as("admin", () -> {
            try {
                return auditTrail.exportAll(AuditFilter.ANY, out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(out.toString(StandardCharsets.UTF_8))).getRecords();
    }
}

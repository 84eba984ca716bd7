package com.sendclean.portal.smtpusers;

import com.sendclean.portal.sendclean.SmtpUser;
import com.sendclean.portal.sendclean.SmtpUserStatus;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SmtpUsersCsvExportTest {

    @Test
    void writesNameStatusAndLimitsNeverThePasswordAndDefusesFormulas() throws Exception {
        var out = new ByteArrayOutputStream();
        long written = SmtpUsersCsvExport.write(Stream.of(
                new SmtpUser("smtp10001", "secret-password-1", SmtpUserStatus.ENABLED, 1000, 50),
                new SmtpUser("=HYPERLINK(\"http://evil\")", "secret-password-2", SmtpUserStatus.DISABLED, 7, 9),
                new SmtpUser("@SUM(A1)", "secret-password-3", SmtpUserStatus.ENABLED, 1, 1)), out);

        String csv = out.toString(StandardCharsets.UTF_8);
        assertThat(written).isEqualTo(3);
        assertThat(csv.lines()).containsExactly(
                "name,status,total_limit,hourly_limit",
                "smtp10001,Enabled,1000,50",
                "\"'=HYPERLINK(\"\"http://evil\"\")\",Disabled,7,9",
                "'@SUM(A1),Enabled,1,1");
        assertThat(csv).doesNotContain("secret-password");
    }
}

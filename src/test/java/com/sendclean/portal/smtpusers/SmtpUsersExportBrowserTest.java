package com.sendclean.portal.smtpusers;

import com.sendclean.portal.support.SandboxServer;
import com.sendclean.portal.support.UsesSandbox;
import com.microsoft.playwright.Download;
import com.sendclean.portal.sandbox.SandboxAccounts;
import com.sendclean.portal.sandbox.SandboxSmtpUser;
import com.sendclean.portal.support.BrowserTest;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

@UsesSandbox
class SmtpUsersExportBrowserTest extends BrowserTest {

    @Autowired SandboxTenants sandboxTenants;
    final SandboxAccounts sandbox = SandboxServer.accounts();

    @Test
    void exportCsvDownloadsTheUsersShownWithoutPasswords() throws Exception {
        var acme = sandboxTenants.create("Acme", 3);
        List<SandboxSmtpUser> users = sandbox.listUsers(acme.ownerId());
        SandboxSmtpUser shown = users.get(1);
        var screen = new SmtpUsersPage(page).signInAndOpen(url(""), acme);
        screen.search().fill(shown.smtpUserName());
        assertThat(screen.counts()).containsText("1 match the search");

        Download download = page.waitForDownload(() -> page.getByText("Export CSV").click());
        String csv = Files.readString(download.path());

        assertThat(download.suggestedFilename()).isEqualTo("smtp-users-" + acme.tenant().slug() + ".csv");
        assertThat(csv.lines()).containsExactly("name,status,total_limit,hourly_limit",
                shown.smtpUserName() + "," + (shown.status().wireValue().equals("Enable") ? "Enabled" : "Disabled") + ","
                        + shown.totalLimit() + "," + shown.hourlyLimit());
        for (SandboxSmtpUser user : users) {
            assertThat(csv).doesNotContain(user.password());
        }
    }
}

package com.sendclean.portal.smtpusers;

import com.sendclean.portal.support.SandboxServer;
import com.sendclean.portal.support.UsesSandbox;
import com.sendclean.portal.sandbox.SandboxAccounts;
import com.sendclean.portal.sandbox.SandboxSmtpUser;
import com.sendclean.portal.support.BrowserTest;
import com.sendclean.portal.ui.BackgroundTasks;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.convention.TestBean;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * SendClean can answer before the portal has answered the click that asked, and the saved row then goes out in the
 * same response as the row marked as saving. Here every answer comes that early, and the row must show what was
 * saved each time, never the version from before.
 */
@UsesSandbox
class SmtpUsersInstantAnswerBrowserTest extends BrowserTest {

    @TestBean(methodName = "com.sendclean.portal.ui.SameThreadBackgroundTasks#create")
    BackgroundTasks tasks;

    @Autowired SandboxTenants sandboxTenants;
    final SandboxAccounts sandbox = SandboxServer.accounts();

    @Test
    void eachSavedLimitAndStatusShowsAtOnceWhenSendCleanAnswersBeforeThePage() {
        var acme = sandboxTenants.create("Acme", 2);
        var screen = new SmtpUsersPage(page).signInAndOpen(url(""), acme);
        var users = sandbox.listUsers(acme.ownerId());
        SandboxSmtpUser user = users.getFirst();
        String name = user.smtpUserName();
        boolean enabled = user.status().wireValue().equals("Enable");
        long enabledCount = users.stream().filter(u -> u.status().wireValue().equals("Enable")).count();

        // several saves in a row: the order in which two versions of a row were sent used to vary from one to the next
        for (int value = 4001; value <= 4006; value++) {
            String shown = String.format(Locale.ROOT, "%,d", value);
            screen.limitButton("Total limit", name).click();
            screen.editorField("Total limit").fill(Integer.toString(value));
            screen.editorField("Total limit").press("Enter");
            assertThat(screen.text("Total limit of " + name + " is now " + shown + ".")).isVisible();
            assertThat(screen.limitButton("Total limit", name)).hasText(shown);
            assertThat(screen.limitButton("Total limit", name)).isEnabled();
        }
        for (int i = 0; i < 4; i++) {
            enabled = !enabled;
            enabledCount += enabled ? 1 : -1;
            screen.statusCheckbox(name).click();
            // the counts come from the server once it has the answer; the checkbox changes on the click alone
            assertThat(screen.counts()).hasText("2 SMTP users · " + enabledCount + " enabled · " + (2 - enabledCount) + " disabled");
            if (enabled) {
                assertThat(screen.statusCheckbox(name)).isChecked();
            } else {
                assertThat(screen.statusCheckbox(name)).not().isChecked();
            }
            assertThat(screen.statusCheckbox(name)).isEnabled();
        }
        var stored = sandbox.findUser(acme.ownerId(), name).orElseThrow();
        assertThat(stored.totalLimit()).isEqualTo(4006);
        assertThat(stored.status().wireValue()).isEqualTo(enabled ? "Enable" : "Disable");
        assertAccessible();
    }
}

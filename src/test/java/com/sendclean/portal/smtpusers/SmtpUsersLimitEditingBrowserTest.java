package com.sendclean.portal.smtpusers;

import com.sendclean.portal.support.SandboxServer;
import com.sendclean.portal.support.UsesSandbox;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.sendclean.portal.sandbox.SandboxAccounts;
import com.sendclean.portal.sandbox.SandboxSmtpUser;
import com.sendclean.portal.support.BrowserTest;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** Limits as people type them, the keyboard path through a row, and a status that says what it is. */
@UsesSandbox
class SmtpUsersLimitEditingBrowserTest extends BrowserTest {

    @Autowired SandboxTenants sandboxTenants;
    final SandboxAccounts sandbox = SandboxServer.accounts();
    // the sandbox's own tables, for what its API cannot do
    final JdbcClient jdbc = SandboxServer.jdbc();

    static String shown(int value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    @Test
    void numbersThatAreNotWholeLimitsAreRefusedAndNothingIsSent() {
        var acme = sandboxTenants.create("Acme", 1);
        var screen = new SmtpUsersPage(page).signInAndOpen(url(""), acme);
        SandboxSmtpUser user = sandbox.listUsers(acme.ownerId()).getFirst();

        for (String typed : List.of("1.5", "1e3", "2.500,5", "1,5", "1.000")) {
            screen.limitButton("Total limit", user.smtpUserName()).click();
            screen.editorField("Total limit").fill(typed);
            screen.editorField("Total limit").press("Enter");
            assertThat(screen.text("Enter a whole number from 1 to 2,147,483,647.").first()).isVisible();
            assertThat(screen.editorField("Total limit")).isFocused(); // focus stays in the field
            screen.editorField("Total limit").press("Escape");
            assertThat(screen.limitButton("Total limit", user.smtpUserName())).hasText(shown(user.totalLimit()));
            assertThat(sandbox.findUser(acme.ownerId(), user.smtpUserName()).orElseThrow().totalLimit())
                    .as(typed + " is not sent").isEqualTo(user.totalLimit());
        }

        screen.limitButton("Total limit", user.smtpUserName()).click();
        screen.editorField("Total limit").fill(" 12,500 ");
        screen.editorField("Total limit").press("Enter");
        assertThat(screen.text("Total limit of " + user.smtpUserName() + " is now 12,500.")).isVisible();
        assertThat(sandbox.findUser(acme.ownerId(), user.smtpUserName()).orElseThrow().totalLimit()).isEqualTo(12_500);
    }

    @Test
    void tabFromTheTotalLimitSavesItAndMovesToTheHourlyLimitOfTheSameRow() {
        var acme = sandboxTenants.create("Acme", 2);
        var screen = new SmtpUsersPage(page).signInAndOpen(url(""), acme);
        SandboxSmtpUser user = sandbox.listUsers(acme.ownerId()).getFirst();

        screen.limitButton("Total limit", user.smtpUserName()).click();
        screen.editorField("Total limit").fill("4321");
        screen.editorField("Total limit").press("Tab");
        assertThat(screen.editorField("Hourly limit")).isFocused();
        assertThat(screen.text("Total limit of " + user.smtpUserName() + " is now 4,321.")).isVisible();
        page.keyboard().press("Control+A");
        page.keyboard().type("77");
        page.keyboard().press("Enter");
        assertThat(screen.text("Hourly limit of " + user.smtpUserName() + " is now 77.")).isVisible();

        var stored = sandbox.findUser(acme.ownerId(), user.smtpUserName()).orElseThrow();
        assertThat(stored.totalLimit()).isEqualTo(4321);
        assertThat(stored.hourlyLimit()).isEqualTo(77);
    }

    @Test
    void aDisabledUserReadsDisabledAndTheSwitchSaysWhatATapDoes() {
        var acme = sandboxTenants.create("Acme", 1);
        SandboxSmtpUser user = sandbox.listUsers(acme.ownerId()).getFirst();
        jdbc.sql("update sandbox_smtp_user set status = 'Disable' where owner_id = :owner and smtp_user_name = :name")
                .param("owner", acme.ownerId()).param("name", user.smtpUserName()).update();
        var screen = new SmtpUsersPage(page).signInAndOpen(url(""), acme);

        var toggle = page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions()
                .setName("Enable " + user.smtpUserName()).setExact(true));
        assertThat(toggle).isVisible();
        assertThat(toggle).not().isChecked();
        assertThat(page.locator("vaadin-checkbox.status-switch")).hasText("Disabled");
        assertAccessible();

        toggle.click();
        assertThat(screen.text(user.smtpUserName() + " is enabled.")).isVisible();
        assertThat(page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions()
                .setName("Disable " + user.smtpUserName()).setExact(true))).isChecked();
        assertThat(page.locator("vaadin-checkbox.status-switch")).hasText("Enabled");
    }
}

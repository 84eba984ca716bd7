package com.sendclean.portal.smtpusers;

import com.sendclean.portal.support.SandboxServer;
import com.sendclean.portal.support.UsesSandbox;
import com.microsoft.playwright.Locator;
import com.sendclean.portal.sandbox.SandboxAccounts;
import com.sendclean.portal.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** What the SMTP users screen says about new passwords and about limits SendClean allows but rarely meant. */
@UsesSandbox
class SmtpUsersWordingBrowserTest extends BrowserTest {

    @Autowired SandboxTenants sandboxTenants;
    final SandboxAccounts sandbox = SandboxServer.accounts();

    @Test
    void theCreatedAndResetPasswordDialogsSayThePasswordCanBeRevealedAgain() {
        var acme = sandboxTenants.create("Wording", 1);
        var screen = new SmtpUsersPage(page).signInAndOpen(url(""), acme);
        String existing = sandbox.listUsers(acme.ownerId()).getFirst().smtpUserName();

        screen.button("Add SMTP user").click();
        screen.dialogField("Total limit").fill("500");
        screen.dialogField("Hourly limit").fill("50");
        screen.dialogButton("Create").click();
        assertThat(screen.dialog()).containsText("SMTP user created");
        assertThat(screen.dialog()).containsText("You can reveal it again later from the list.");
        assertThat(screen.dialog()).not().containsText("shown once");
        screen.dialogButton("Close").click();

        screen.button("Reset password of " + existing).click();
        screen.dialogButton("Reset password").click();
        assertThat(screen.dialog()).containsText("New password for " + existing);
        assertThat(screen.dialog()).containsText("You can reveal it again later from the list.");
        assertThat(screen.dialog()).not().containsText("shown once");
    }

    @Test
    void anHourlyLimitAboveTheTotalLimitIsAllowedButHinted() {
        var acme = sandboxTenants.create("Hint", 1);
        var screen = new SmtpUsersPage(page).signInAndOpen(url(""), acme);

        screen.button("Add SMTP user").click();
        screen.dialogField("Total limit").fill("100");
        screen.dialogField("Hourly limit").fill("500");
        assertThat(screen.dialog()).containsText("hourly limit above total limit");
        screen.dialogField("Hourly limit").fill("50");
        assertThat(screen.dialog()).not().containsText("hourly limit above total limit");
        screen.dialogField("Hourly limit").fill("500");
        screen.dialogButton("Create").click();
        assertThat(screen.dialog()).containsText("SMTP user created");
        String name = screen.dialogField("User name").inputValue();
        screen.dialogButton("Close").click();

        var created = sandbox.findUser(acme.ownerId(), name).orElseThrow();
        assertThat(created.hourlyLimit()).as("SendClean allows it, so the portal does").isEqualTo(500);
        assertThat(hourlyCell(screen, name)).containsText("hourly limit above total limit");
        String other = sandbox.listUsers(acme.ownerId()).stream().map(user -> user.smtpUserName())
                .filter(user -> !user.equals(name)).findFirst().orElseThrow();
        assertThat(hourlyCell(screen, other)).not().containsText("hourly limit above total limit");
    }

    /** The grid cell with the SMTP user's hourly limit. */
    private Locator hourlyCell(SmtpUsersPage screen, String smtpUser) {
        return page.locator("vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHas(screen.limitButton("Hourly limit", smtpUser)));
    }
}

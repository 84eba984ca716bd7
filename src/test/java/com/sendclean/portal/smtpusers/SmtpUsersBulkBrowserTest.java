package com.sendclean.portal.smtpusers;

import com.sendclean.portal.support.SandboxServer;
import com.sendclean.portal.support.UsesSandbox;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.sendclean.portal.sandbox.SandboxAccounts;
import com.sendclean.portal.sandbox.SandboxSmtpStatus;
import com.sendclean.portal.sandbox.SandboxSmtpUser;
import com.sendclean.portal.support.BrowserTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

@UsesSandbox
class SmtpUsersBulkBrowserTest extends BrowserTest {

    @Autowired SandboxTenants sandboxTenants;
    final SandboxAccounts sandbox = SandboxServer.accounts();
    final SandboxTrouble trouble = new SandboxTrouble();

    @Test
    void aBulkDisableOfThreeUsersPersists() {
        var acme = sandboxTenants.create("Acme", 8);
        List<String> enabled = sandbox.listUsers(acme.ownerId()).stream()
                .filter(user -> user.status() == SandboxSmtpStatus.ENABLE).map(SandboxSmtpUser::smtpUserName).limit(3).toList();
        var screen = new SmtpUsersPage(page).signInAndOpen(url(""), acme);
        for (String name : enabled) {
            select(name).check();
        }
        assertThat(page.getByText("3 selected")).isVisible();
        assertAccessible();
        screen.button("Disable").click();
        assertThat(screen.dialog()).containsText("Disable 3 SMTP users?");
        screen.dialogButton("Disable 3 SMTP users").click();
        assertThat(summary()).containsText("Disable: 3 changed, 0 failed.");
        assertThat(page.locator(".bulk-progress-text")).hasText("3 done · 0 failed · 0 remaining");

        page.reload();
        screen.heading().waitFor();
        for (String name : enabled) {
            assertThat(screen.statusCheckbox(name)).not().isChecked();
            assertThat(sandbox.findUser(acme.ownerId(), name).orElseThrow().status()).isEqualTo(SandboxSmtpStatus.DISABLE);
        }
    }

    @Test
    void aBulkChangeWithOneFailureListsSendCleansMessageAndRetryFailedFinishesIt() {
        var acme = sandboxTenants.create("Acme", 3);
        List<String> names = sandbox.listUsers(acme.ownerId()).stream().map(SandboxSmtpUser::smtpUserName).toList();
        var screen = new SmtpUsersPage(page).signInAndOpen(url(""), acme);
        assertThat(screen.counts()).containsText("3 SMTP users");
        trouble.hide(acme.ownerId(), names.get(2));

        screen.button("Select all matching the filter").click();
        assertThat(page.getByText("3 selected")).isVisible();
        screen.button("Set total limit").click();
        screen.dialogField("Total limit").fill("777");
        screen.dialogButton("Continue").click();
        assertThat(screen.dialog()).containsText("Set total limit to 777 for 3 SMTP users?");
        screen.dialogButton("Set total limit to 777 for 3 SMTP users").click();
        assertThat(summary()).containsText("Set total limit to 777: 2 changed, 1 failed.");
        assertThat(summary().getByRole(AriaRole.LISTITEM)).hasText(names.get(2) + ": SMTP user not found");
        assertAccessible();

        trouble.restore(acme.ownerId(), names.get(2));
        screen.button("Retry failed").click();
        assertThat(summary()).containsText("Set total limit to 777: 1 changed, 0 failed.");
        assertThat(sandbox.listUsers(acme.ownerId())).allMatch(user -> user.totalLimit() == 777);
    }

    private Locator select(String name) {
        return page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("Select " + name).setExact(true));
    }

    private Locator summary() {
        return page.locator(".bulk-summary");
    }
}

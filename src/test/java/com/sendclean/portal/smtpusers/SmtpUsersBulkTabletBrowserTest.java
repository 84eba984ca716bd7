package com.sendclean.portal.smtpusers;

import com.sendclean.portal.support.SandboxServer;
import com.sendclean.portal.support.UsesSandbox;
import com.microsoft.playwright.Browser;
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

/** Selection and the bulk bar by touch on a portrait tablet. */
@UsesSandbox
class SmtpUsersBulkTabletBrowserTest extends BrowserTest {

    @Autowired SandboxTenants sandboxTenants;
    final SandboxAccounts sandbox = SandboxServer.accounts();

    @Override
    protected Browser.NewContextOptions contextOptions() {
        return new Browser.NewContextOptions().setViewportSize(768, 1024).setHasTouch(true).setIsMobile(true);
    }

    @Test
    void twoUsersAreDisabledByTap() {
        var acme = sandboxTenants.create("Tablet", 4);
        List<String> enabled = sandbox.listUsers(acme.ownerId()).stream()
                .filter(user -> user.status() == SandboxSmtpStatus.ENABLE).map(SandboxSmtpUser::smtpUserName).limit(2).toList();
        var screen = new SmtpUsersPage(page).signInAndOpen(url(""), acme);
        for (String name : enabled) {
            page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("Select " + name).setExact(true)).tap();
        }
        assertThat(page.getByText("2 selected")).isVisible();
        screen.button("Disable").tap();
        screen.dialogButton("Disable 2 SMTP users").tap();
        assertThat(page.locator(".bulk-summary")).containsText("Disable: 2 changed, 0 failed.");
        for (String name : enabled) {
            assertThat(sandbox.findUser(acme.ownerId(), name).orElseThrow().status()).isEqualTo(SandboxSmtpStatus.DISABLE);
        }
        Object sideways = page.evaluate("() => document.scrollingElement.scrollWidth > document.scrollingElement.clientWidth");
        assertThat(sideways).as("the bulk bar wraps instead of scrolling the page sideways").isEqualTo(false);
        assertAccessible();
    }
}

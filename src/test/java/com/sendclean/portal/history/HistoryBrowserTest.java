package com.sendclean.portal.history;

import com.sendclean.portal.support.SandboxServer;
import com.sendclean.portal.support.UsesSandbox;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.sendclean.portal.sandbox.SandboxAccounts;
import com.sendclean.portal.sandbox.SandboxSmtpUser;
import com.sendclean.portal.signin.LoginPage;
import com.sendclean.portal.smtpusers.SandboxTenants;
import com.sendclean.portal.support.BrowserTest;
import com.sendclean.portal.support.TestTenants;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

@UsesSandbox
class HistoryBrowserTest extends BrowserTest {

    @Autowired SandboxTenants sandboxTenants;
    final SandboxAccounts sandbox = SandboxServer.accounts();
    @Autowired OutsideChanges outside;

    @Test
    void anOutsideChangeFoundByAReListIsMarkedShownInTheHistoryAndReverted() {
        var acme = sandboxTenants.create("Acme", 2);
        SandboxSmtpUser user = sandbox.listUsers(acme.ownerId()).getFirst();
        String name = user.smtpUserName();
        int before = user.totalLimit();
        new LoginPage(page).open(url("")).signIn(acme.admin().username(), TestTenants.PASSWORD);
        page.waitForURL("**/t/" + acme.tenant().slug());
        page.navigate(url("/t/" + acme.tenant().slug() + "/smtp-users"));
        assertThat(page.locator(".smtp-counts")).containsText("2 SMTP users");
        assertThat(page.getByText("Changed outside the portal")).hasCount(0);

        outside.setTotalLimit(acme, name, before + 50);
        button("Refresh").click();
        assertThat(page.locator(".changed-outside")).hasCount(1);
        assertThat(page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText(name)).first())
                .containsText("Changed outside the portal");

        button("History of " + name).click();
        var panel = page.getByRole(AriaRole.DIALOG);
        assertThat(panel).containsText("History of " + name);
        assertThat(panel.getByRole(AriaRole.LISTITEM).first())
                .containsText("Changed outside the portal · by outside the portal · Total limit: " + before + " -> " + (before + 50));
        assertAccessible();

        panel.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Revert: Total limit back to " + before)).click();
        assertThat(panel.getByRole(AriaRole.LISTITEM).first()).containsText("SMTP user limit changed · by " + acme.admin().username());
        assertThat(sandbox.findUser(acme.ownerId(), name).orElseThrow().totalLimit()).isEqualTo(before);

        // the dashboard names it too
        page.navigate(url("/t/" + acme.tenant().slug()));
        assertThat(page.getByRole(AriaRole.LIST, new Page.GetByRoleOptions().setName("Last audit events")))
                .containsText("Changed outside the portal");
    }

    private Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }
}

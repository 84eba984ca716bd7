package com.sendclean.portal.accounts;

import com.sendclean.portal.support.SandboxServer;
import com.sendclean.portal.support.UsesSandbox;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.sendclean.portal.sandbox.SandboxAccounts;
import com.sendclean.portal.signin.LoginPage;
import com.sendclean.portal.smtpusers.SandboxTenants;
import com.sendclean.portal.support.BrowserTest;
import com.sendclean.portal.support.TestTenants;
import com.sendclean.portal.tenant.TenantRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

@UsesSandbox
class AccountsBrowserTest extends BrowserTest {

    @Autowired SandboxTenants sandboxTenants;
    final SandboxAccounts sandbox = SandboxServer.accounts();
    @Autowired TestTenants testTenants;

    @Test
    void aResellerLandsOnTheirAccountsAndFindsAnSmtpUserInAnotherAccount() {
        var acme = sandboxTenants.create("Acme", 7);
        var globex = sandboxTenants.create("Globex", 11);
        var hooli = sandboxTenants.create("Hooli", 2);
        var reseller = testTenants.readyMember(acme.tenant(), "reseller", TenantRole.ADMIN);
        testTenants.grant(globex.tenant(), reseller, TenantRole.VIEWER);
        String wanted = sandbox.listUsers(globex.ownerId()).get(3).smtpUserName();
        String foreign = sandbox.listUsers(hooli.ownerId()).getFirst().smtpUserName();

        new LoginPage(page).open(url("")).signIn(reseller.username(), TestTenants.PASSWORD);
        var accounts = new AccountsPage(page);
        assertThat(accounts.heading()).isVisible();
        assertThat(page).hasURL(url("/accounts"));
        assertThat(accounts.account(acme.tenant().name())).isVisible();
        assertThat(accounts.account(globex.tenant().name())).isVisible();
        assertThat(accounts.account(hooli.tenant().name())).isHidden();
        // counts fill in as each account's list arrives
        assertThat(accounts.cell("Working")).hasCount(2);
        // first(): an enabled or disabled count may equal another row's number
        assertThat(accounts.cell("7").first()).isVisible();
        assertThat(accounts.cell("11").first()).isVisible();
        assertThat(accounts.cell("Viewer")).isVisible();
        assertAccessible();

        accounts.findSmtpUser().fill(foreign);
        assertThat(accounts.searchStatus()).hasText("No SMTP user found.");
        accounts.findSmtpUser().fill(wanted);
        assertThat(accounts.searchStatus()).hasText("1 SMTP user found.");
        assertAccessible();
        accounts.match(wanted, globex.tenant().name()).click();

        assertThat(page).hasURL(url("/t/" + globex.tenant().slug() + "/smtp-users?search=" + wanted));
        assertThat(page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Search by name"))).hasValue(wanted);
        assertThat(page.locator(".smtp-counts")).containsText("1 match the search");
    }

    @Test
    void aRowOpensThatAccountsSmtpUsers() {
        var acme = sandboxTenants.create("Acme", 1);
        var globex = sandboxTenants.create("Globex", 1);
        testTenants.grant(globex.tenant(), acme.admin(), TenantRole.OPERATOR);

        new LoginPage(page).open(url("")).signIn(acme.admin().username(), TestTenants.PASSWORD);
        var accounts = new AccountsPage(page);
        assertThat(accounts.cell("Operator")).isVisible();
        accounts.cell("Operator").click();
        assertThat(page).hasURL(url("/t/" + globex.tenant().slug() + "/smtp-users"));
    }
}

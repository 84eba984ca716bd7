package com.sendclean.portal.dashboard;

import com.sendclean.portal.support.SandboxServer;
import com.sendclean.portal.support.UsesSandbox;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.sendclean.portal.sandbox.SandboxAccounts;
import com.sendclean.portal.sandbox.SandboxSmtpUser;
import com.sendclean.portal.signin.LoginPage;
import com.sendclean.portal.smtpusers.SandboxTenants;
import com.sendclean.portal.support.BrowserTest;
import com.sendclean.portal.support.TestTenants;
import com.sendclean.portal.tenant.TenantRole;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

@UsesSandbox
class TenantDashboardBrowserTest extends BrowserTest {

    @Autowired SandboxTenants sandboxTenants;
    final SandboxAccounts sandbox = SandboxServer.accounts();
    @Autowired TestTenants testTenants;

    @Test
    void theOverviewSumsTheLimitsAndListsTheLastAuditEvents() {
        var acme = sandboxTenants.create("Acme", 6);
        List<SandboxSmtpUser> users = sandbox.listUsers(acme.ownerId());
        long total = users.stream().mapToLong(SandboxSmtpUser::totalLimit).sum();
        long hourly = users.stream().mapToLong(SandboxSmtpUser::hourlyLimit).sum();

        new LoginPage(page).open(url("")).signIn(acme.admin().username(), TestTenants.PASSWORD);
        assertThat(page).hasURL(url("/t/" + acme.tenant().slug()));
        assertThat(page.getByText("Your role in this account: Admin.")).isVisible();
        assertThat(page.locator(".dashboard-smtp-users")).containsText("6 SMTP users");
        assertThat(page.locator(".dashboard-smtp-users")).containsText("Sum of total limits: "
                + String.format(Locale.ENGLISH, "%,d", total) + ". Sum of hourly limits: " + String.format(Locale.ENGLISH, "%,d", hourly) + ".");
        assertThat(page.getByRole(AriaRole.LIST, new Page.GetByRoleOptions().setName("Last audit events")))
                .containsText("Credentials saved");
        assertAccessible();
    }

    @Test
    void missingCredentialsComeWithTheActionThatFixesThemForAdminsOnly() {
        var tenant = testTenants.tenant("Bare");
        var admin = testTenants.readyMember(tenant, "bare-admin", TenantRole.ADMIN);
        var viewer = testTenants.readyMember(tenant, "bare-viewer", TenantRole.VIEWER);

        new LoginPage(page).open(url("")).signIn(admin.username(), TestTenants.PASSWORD);
        assertThat(page.locator(".dashboard-credentials")).containsText("No SendClean credentials are stored yet.");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Enter the SendClean credentials")).click();
        assertThat(page).hasURL(url("/t/" + tenant.slug() + "/credentials"));

        browserContext.clearCookies();
        new LoginPage(page).open(url("")).signIn(viewer.username(), TestTenants.PASSWORD);
        assertThat(page.locator(".dashboard-credentials")).containsText("Ask an Admin of this account to enter the SendClean credentials.");
        assertThat(page.getByRole(AriaRole.LIST, new Page.GetByRoleOptions().setName("Last audit events"))).hasCount(0);
        assertAccessible();
    }
}

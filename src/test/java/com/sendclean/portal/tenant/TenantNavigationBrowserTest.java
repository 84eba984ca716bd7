package com.sendclean.portal.tenant;

import com.sendclean.portal.account.AccountService;
import com.sendclean.portal.signin.LoginPage;
import com.sendclean.portal.support.BrowserTest;
import com.sendclean.portal.support.IntegrationTest;
import com.sendclean.portal.support.SignedIn;
import com.sendclean.portal.support.TestTenants;
import com.sendclean.portal.support.TestTenants.CreatedTenant;
import com.sendclean.portal.ui.ShellPage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

class TenantNavigationBrowserTest extends BrowserTest {

    @Autowired TestTenants testTenants;
    @Autowired SignedIn signedIn;
    @Autowired AccountService accounts;

    @Test
    void aResellerSwitchesBetweenTheirTenantsAndSeesNoOthers() {
        CreatedTenant first = testTenants.tenant("Initech");
        CreatedTenant second = testTenants.tenant("Umbrella");
        CreatedTenant foreign = testTenants.tenant("Hooli");
        var reseller = testTenants.readyMember(first, "rita", TenantRole.ADMIN);
        testTenants.grant(second, reseller, TenantRole.OPERATOR);
        testTenants.readyMember(foreign, "hooli-admin", TenantRole.ADMIN);

        new LoginPage(page).open(url("")).signIn(reseller.username(), TestTenants.PASSWORD);
        var shell = new ShellPage(page);
        // in two tenants: the accounts overview first (issue 16)
        assertThat(shell.heading("Accounts")).isVisible();
        assertThat(page).hasURL(url("/accounts"));
        page.navigate(url("/t/" + first.slug()));
        assertThat(shell.heading(first.name())).isVisible();
        assertThat(page).hasURL(url("/t/" + first.slug()));
        assertAccessible();

        assertThat(shell.tenantSwitcher()).hasValue(first.name());
        assertThat(shell.openSwitcher()).hasText(new String[] {first.name(), second.name()});
        shell.closeSwitcher();
        shell.switchTenant(second.name());
        assertThat(shell.heading(second.name())).isVisible();
        assertThat(page).hasURL(url("/t/" + second.slug()));
        assertThat(page.getByText("Your role in this account: Operator.")).isVisible();
        assertThat(shell.menuLink("Members")).isHidden();

        page.navigate(url("/t/" + foreign.slug()));
        assertThat(shell.notFound()).isVisible();
        assertAccessible();
        page.navigate(url("/t/" + foreign.slug() + "/members"));
        assertThat(shell.notFound()).isVisible();

        // whatever tenant was opened last, a member of several lands on the accounts overview again
        page.navigate(url("/t/" + second.slug()));
        assertThat(shell.heading(second.name())).isVisible();
        shell.logOut();
        var login = new LoginPage(page);
        assertThat(login.username()).isVisible();
        login.signIn(reseller.username(), TestTenants.PASSWORD);
        assertThat(shell.heading("Accounts")).isVisible();
    }

    @Test
    void aViewerCannotOpenTheMembersPageAndAUserWithoutTenantsIsToldSo() {
        CreatedTenant tenant = testTenants.tenant("Vandelay");
        var viewer = testTenants.readyMember(tenant, "victor", TenantRole.VIEWER);
        new LoginPage(page).open(url("")).signIn(viewer.username(), TestTenants.PASSWORD);
        var shell = new ShellPage(page);
        assertThat(shell.heading(tenant.name())).isVisible();
        page.navigate(url("/t/" + tenant.slug() + "/members"));
        assertThat(shell.notFound()).isVisible();

        shell.logOut();
        var login = new LoginPage(page);
        assertThat(login.username()).isVisible();
        var loner = testTenants.user("loner");
        signedIn.as(loner.username(), () -> accounts.changeOwnPassword(TestTenants.INITIAL_PASSWORD, TestTenants.PASSWORD));
        login.signIn(loner.username(), TestTenants.PASSWORD);
        assertThat(shell.heading("No customer account yet")).isVisible();
        assertAccessible();

        shell.logOut();
        login.signIn("admin", IntegrationTest.ADMIN_PASSWORD);
        assertThat(shell.heading("Platform administration")).isVisible();
        page.navigate(url("/t/" + tenant.slug()));
        assertThat(shell.notFound()).isVisible(); // platform administrators cannot open tenant pages
    }
}

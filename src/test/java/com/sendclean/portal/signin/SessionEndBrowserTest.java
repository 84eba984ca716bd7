package com.sendclean.portal.signin;

import com.sendclean.portal.support.IntegrationTest;
import com.sendclean.portal.account.ChangePasswordPage;
import com.sendclean.portal.account.UserAdministrationService;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.sendclean.portal.support.BrowserTest;
import com.sendclean.portal.support.SignedIn;
import com.sendclean.portal.support.TestTenants;
import com.sendclean.portal.tenant.TenantRole;
import com.sendclean.portal.ui.ShellPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** All sessions of a user end when their password changes or they are deactivated; the one that changed it stays. */
class SessionEndBrowserTest extends BrowserTest {

    @Autowired TestTenants testTenants;
    @Autowired SignedIn signedIn;
    @Autowired UserAdministrationService administration;

    private BrowserContext secondBrowser;

    @AfterEach
    void closeSecondBrowser() {
        if (secondBrowser != null) {
            secondBrowser.close();
        }
    }

    @Test
    void changingThePasswordOnTheProfilePageEndsTheOtherSessions() {
        var tenant = testTenants.tenant("Sessions");
        var user = testTenants.readyMember(tenant, "sam", TenantRole.VIEWER);
        Page other = signInElsewhere(user.username());

        new LoginPage(page).open(url("")).signIn(user.username(), TestTenants.PASSWORD);
        page.navigate(url("/profile"));
        new ChangePasswordPage(page).change(TestTenants.PASSWORD, "a brand new passphrase", "a brand new passphrase");
        assertThat(page.getByText("Your password was changed. Your other sessions were signed out.")).isVisible();

        page.navigate(url("/t/" + tenant.slug()));
        assertThat(new ShellPage(page).heading(tenant.name())).isVisible(); // this session goes on
        other.navigate(url("/t/" + tenant.slug()));
        assertThat(new LoginPage(other).username()).isVisible();
    }

    @Test
    void anAdministratorsResetOrDeactivationEndsTheUsersSessions() {
        var tenant = testTenants.tenant("Reset");
        var user = testTenants.readyMember(tenant, "rob", TenantRole.VIEWER);
        new LoginPage(page).open(url("")).signIn(user.username(), TestTenants.PASSWORD);
        var shell = new ShellPage(page);
        assertThat(shell.heading(tenant.name())).isVisible();

        signedIn.asConfirmed("admin", IntegrationTest.ADMIN_PASSWORD,
                () -> administration.resetPassword(user.id(), "a reset passphrase from admin"));
        // a click in the open page is a Vaadin UIDL request: it must end the session as well as a page load would
        shell.menuLink("Overview").click();
        page.navigate(url("/t/" + tenant.slug()));
        var login = new LoginPage(page);
        assertThat(login.username()).isVisible();

        login.signIn(user.username(), "a reset passphrase from admin");
        assertThat(new ChangePasswordPage(page).heading()).isVisible(); // a reset forces a change
        new ChangePasswordPage(page).change("a reset passphrase from admin", TestTenants.PASSWORD, TestTenants.PASSWORD);
        assertThat(shell.heading(tenant.name())).isVisible();

        signedIn.as("admin", () -> administration.setActive(user.id(), false));
        page.navigate(url("/t/" + tenant.slug()));
        assertThat(login.username()).isVisible();
        login.signIn(user.username(), TestTenants.PASSWORD);
        assertThat(login.errorMessage()).isVisible();
    }

    private Page signInElsewhere(String username) {
        secondBrowser = page.context().browser().newContext();
        Page other = secondBrowser.newPage();
        new LoginPage(other).open(url("")).signIn(username, TestTenants.PASSWORD);
        other.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log out")).waitFor();
        return other;
    }
}

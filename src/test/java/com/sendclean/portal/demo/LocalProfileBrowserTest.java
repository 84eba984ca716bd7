package com.sendclean.portal.demo;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.sendclean.portal.signin.LoginPage;
import com.sendclean.portal.support.BrowserTest;
import com.sendclean.portal.ui.ShellPage;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.ActiveProfiles;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** The local profile as a developer meets it: the documented demo users on the sandbox. */
@ActiveProfiles("local")
class LocalProfileBrowserTest extends BrowserTest {

    @Test
    void theResellerRitaSwitchesBetweenAcmeAndGlobexAndSeesTheirSmtpUsers() {
        new LoginPage(page).open(url("")).signIn("rita", DemoDataSeeder.DEMO_PASSWORD);
        var shell = new ShellPage(page);
        // in three accounts, she starts from the accounts overview
        assertThat(shell.heading("Accounts")).isVisible();
        assertThat(page).hasURL(url("/accounts"));
        assertThat(page.getByRole(AriaRole.LINK,
                new Page.GetByRoleOptions().setName("Initech"))).isVisible();
        page.navigate(url("/t/acme/smtp-users"));
        assertThat(page.locator(".smtp-counts")).containsText("6 SMTP users");

        shell.switchTenant("Globex");
        assertThat(page).hasURL(url("/t/globex/smtp-users"));
        assertThat(page.locator(".smtp-counts")).containsText("4 SMTP users");
    }

    @Test
    void victorIsAViewerOfGlobexOnly() {
        new LoginPage(page).open(url("")).signIn("victor", DemoDataSeeder.DEMO_PASSWORD);
        var shell = new ShellPage(page);
        assertThat(shell.heading("Globex")).isVisible();
        assertThat(page.getByText("Your role in this account: Viewer.")).isVisible();
        page.navigate(url("/t/acme"));
        assertThat(shell.notFound()).isVisible();
    }
}

package com.sendclean.portal.signin;

import com.microsoft.playwright.options.Cookie;
import com.sendclean.portal.support.BrowserTest;
import com.sendclean.portal.support.IntegrationTest;
import com.sendclean.portal.ui.ShellPage;
import java.util.Optional;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

class SignInBrowserTest extends BrowserTest {

    @Test
    void adminSignsInSeesTheShellAndLogsOut() {
        var login = new LoginPage(page).open(url(""));
        assertAccessible();
        login.signIn("admin", IntegrationTest.ADMIN_PASSWORD);

        var shell = new ShellPage(page);
        assertThat(shell.currentUser()).hasText("admin");
        assertThat(shell.logOutButton()).isVisible();
        assertAccessible();

        shell.logOut();
        assertThat(login.username()).isVisible();
        page.navigate(url("/"));
        assertThat(login.username()).isVisible(); // signed out: the portal asks to sign in again
    }

    @Test
    void logOutEndsTheSessionBeforeTheLoginPageLoadsSoSigningInAgainAtOnceWorks() {
        var login = new LoginPage(page).open(url(""));
        login.signIn("admin", IntegrationTest.ADMIN_PASSWORD);
        var shell = new ShellPage(page);
        assertThat(shell.logOutButton()).isVisible();

        // the browser itself posts to /logout and follows the answer, so the login page is built in a new session
        var logout = page.waitForResponse(response -> response.url().endsWith("/logout")
                && "POST".equals(response.request().method()), shell::logOut);
        assertThat(logout.status()).isEqualTo(302);
        login.signIn("admin", IntegrationTest.ADMIN_PASSWORD);
        assertThat(shell.currentUser()).hasText("admin");
    }

    @Test
    void wrongPasswordIsRefusedWithTheSameMessageAsAnUnknownUser() {
        var login = new LoginPage(page).open(url(""));
        login.signIn("admin", "not-the-password-at-all");
        assertThat(login.errorMessage()).isVisible();
        assertThat(new ShellPage(page).logOutButton()).isHidden();

        login.open(url(""));
        login.signIn("nobody-by-this-name", "not-the-password-at-all");
        assertThat(login.errorMessage()).isVisible();
    }

    @Test
    void signingInIssuesANewSessionId() {
        var login = new LoginPage(page).open(url(""));
        String before = sessionId().orElseThrow();
        login.signIn("admin", IntegrationTest.ADMIN_PASSWORD);
        assertThat(new ShellPage(page).logOutButton()).isVisible();
        String after = sessionId().orElseThrow();
        assertThat(after).isNotEqualTo(before);
    }

    @Test
    void sessionCookieIsHttpOnlyAndSameSiteLax() {
        new LoginPage(page).open(url(""));
        Cookie cookie = browserContext.cookies().stream().filter(c -> c.name.equals("JSESSIONID")).findFirst().orElseThrow();
        assertThat(cookie.httpOnly).isTrue();
        assertThat(cookie.sameSite).hasToString("LAX");
    }

    private Optional<String> sessionId() {
        return browserContext.cookies().stream().filter(c -> c.name.equals("JSESSIONID")).map(c -> c.value).findFirst();
    }
}

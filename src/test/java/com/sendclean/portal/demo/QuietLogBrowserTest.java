package com.sendclean.portal.demo;

import com.microsoft.playwright.Page;
import com.sendclean.portal.ui.ShellPage;
import com.sendclean.portal.signin.LoginPage;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.ActiveProfiles;

import com.sendclean.portal.support.BrowserTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A first run as a developer meets it (the local profile of {@code ./mvnw spring-boot:run}): normal use, refused
 * pages and a browser that goes away leave no ERROR and no stack trace in the log.
 */
@ActiveProfiles("local")
@ExtendWith(OutputCaptureExtension.class)
class QuietLogBrowserTest extends BrowserTest {

    @Test
    void aScriptedSessionLogsNoErrorAndNoStackTrace(CapturedOutput output) {
        var shell = new ShellPage(page);
        new LoginPage(page).open(url("")).signIn("rita", DemoDataSeeder.DEMO_PASSWORD);
        // rita lands on the tenant she used last, which other tests in this context may have changed
        assertThat(shell.logOutButton()).isVisible();
        page.navigate(url("/t/acme"));
        assertThat(shell.heading("Acme")).isVisible();
        page.navigate(url("/t/acme/smtp-users"));
        assertThat(page.locator(".smtp-counts")).containsText("SMTP users");
        shell.switchTenant("Globex");
        assertThat(page.locator(".smtp-counts")).containsText("SMTP users");
        page.navigate(url("/profile"));
        assertThat(shell.heading("Your profile")).isVisible();
        // refusals: another tenant's page, a platform administrator's page, a page that does not exist
        for (String refused : List.of("/t/no-such-tenant/smtp-users", "/admin/users", "/no-such-page")) {
            page.navigate(url(refused));
            assertThat(shell.notFound()).isVisible();
        }
        shell.logOut();
        assertThat(new LoginPage(page).username()).isVisible();

        // a browser that goes away with its push connection open
        new LoginPage(page).open(url("")).signIn("victor", DemoDataSeeder.DEMO_PASSWORD);
        page.navigate(url("/t/globex/smtp-users"));
        assertThat(page.locator(".smtp-counts")).containsText("SMTP users");
        var browser = browserContext.browser();
        browserContext.close();
        browserContext = browser.newContext();
        page = browserContext.newPage();
        new LoginPage(page).open(url("")).signIn("alice", DemoDataSeeder.DEMO_PASSWORD);
        assertThat(shell(page).heading("Acme")).isVisible();

        List<String> noisy = output.getAll().lines()
                .filter(line -> line.contains(" ERROR ") || line.startsWith("\tat ") || line.contains("Exception:"))
                .toList();
        assertThat(noisy).as("ERROR lines and stack traces in the log of a normal session").isEmpty();
    }

    private static ShellPage shell(Page page) {
        return new ShellPage(page);
    }
}

package com.sendclean.portal.account;

import com.microsoft.playwright.Page;
import com.sendclean.portal.signin.LoginPage;
import com.sendclean.portal.support.BrowserTest;
import com.sendclean.portal.ui.ShellPage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.context.TestPropertySource;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(OutputCaptureExtension.class)
@TestPropertySource(properties = {"portal.bootstrap.admin-password=", "portal.bootstrap.admin-username=root"})
class GeneratedBootstrapPasswordBrowserTest extends BrowserTest {

    @Value("${portal.data-dir}")
    Path dataDir;

    @Test
    void generatedPasswordIsInAnOwnerOnlyFileAndMustBeChangedAtFirstSignIn(CapturedOutput output) throws Exception {
        Path file = dataDir.resolve("bootstrap-admin-password.txt");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        String generated = Files.readString(file).strip();
        assertThat(generated).hasSizeGreaterThanOrEqualTo(20);

        new LoginPage(page).open(url("")).signIn("root", generated);
        var change = new ChangePasswordPage(page);
        assertThat(change.heading()).isVisible();
        assertAccessible();

        // the portal keeps the user on the form until the password is changed
        page.navigate(url("/"));
        assertThat(change.heading()).isVisible();

        change.change(generated, "short", "short");
        // the field's message, not Vaadin's live-region announcement of it, which may still be in the page
        assertThat(page.locator("[slot='error-message']", new Page.LocatorOptions()
                .setHasText("Use at least 12 characters."))).isVisible();

        change.change(generated, "password1234", "password1234");
        assertThat(page.getByText("This password is too common; choose another.").first()).isVisible();

        change.change("wrong-current-password", "a fresh long passphrase", "a fresh long passphrase");
        assertThat(page.getByText("The current password is not correct.").first()).isVisible();

        change.change(generated, "a fresh long passphrase", "a fresh long passphrase");
        var shell = new ShellPage(page);
        assertThat(shell.currentUser()).hasText("root");
        assertThat(file).as("the generated password's file, once a new password is set").doesNotExist();
        assertThat(output.getOut()).contains("Deleted " + file.toAbsolutePath().normalize());

        shell.logOut();
        var login = new LoginPage(page);
        assertThat(login.username()).isVisible();
        login.signIn("root", generated);
        assertThat(login.errorMessage()).isVisible(); // the generated password no longer works
        login.open(url("")).signIn("root", "a fresh long passphrase");
        assertThat(shell.currentUser()).hasText("root");
        assertThat(change.heading()).isHidden();
    }
}

package com.sendclean.portal.account;

import com.sendclean.portal.signin.LoginPage;

import com.sendclean.portal.support.BrowserTest;
import com.sendclean.portal.support.IntegrationTest;
import com.sendclean.portal.ui.ShellPage;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** A bootstrap password from the environment is a first password only, unless it is declared final. */
@TestPropertySource(properties = "portal.bootstrap.admin-password-final=false")
class BootstrapPasswordChangeBrowserTest extends BrowserTest {

    @Test
    void theFirstSignInWithTheGivenBootstrapPasswordAsksForANewOne() {
        new LoginPage(page).open(url("")).signIn("admin", IntegrationTest.ADMIN_PASSWORD);
        var change = new ChangePasswordPage(page);
        assertThat(change.heading()).isVisible();
        page.navigate(url("/"));
        assertThat(change.heading()).isVisible();

        change.change(IntegrationTest.ADMIN_PASSWORD, "a brand new bootstrap passphrase",
                "a brand new bootstrap passphrase");
        assertThat(new ShellPage(page).currentUser()).hasText("admin");
        assertThat(change.heading()).isHidden();
    }
}

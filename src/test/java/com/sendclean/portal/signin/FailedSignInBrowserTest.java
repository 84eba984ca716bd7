package com.sendclean.portal.signin;


import com.sendclean.portal.support.BrowserTest;
import com.sendclean.portal.support.TestTenants;
import com.sendclean.portal.tenant.TenantRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** A mistyped password costs the user only the password: the name stays where they typed it. */
class FailedSignInBrowserTest extends BrowserTest {

    @Autowired TestTenants testTenants;

    @Test
    void aFailedSignInKeepsTheUserNameAndClearsOnlyThePassword() {
        var user = testTenants.readyMember(testTenants.tenant("Typo"), "typo-user", TenantRole.VIEWER);
        var login = new LoginPage(page).open(url(""));

        login.signIn(user.username(), "not the right passphrase");

        assertThat(login.errorMessage()).isVisible();
        assertThat(page.locator("input[name=username]")).hasValue(user.username());
        assertThat(page.locator("input[name=password]")).hasValue("");

        page.locator("input[name=password]").fill(TestTenants.PASSWORD);
        page.locator("input[name=password]").press("Enter");
        assertThat(page.getByText("Your role in this account: Viewer.")).isVisible();
    }
}

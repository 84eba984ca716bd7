package com.sendclean.portal.admin;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import com.sendclean.portal.account.ChangePasswordPage;
import com.sendclean.portal.signin.LoginPage;
import com.sendclean.portal.support.BrowserTest;
import com.sendclean.portal.support.IntegrationTest;
import com.sendclean.portal.ui.ShellPage;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

class PlatformAdministrationBrowserTest extends BrowserTest {

    @Test
    void anAdministratorSetsUpATenantAndAUserWhoThenSignsInToIt() {
        new LoginPage(page).open(url("")).signIn("admin", IntegrationTest.ADMIN_PASSWORD);
        var admin = new AdministrationPage(page, url(""));

        admin.openTenants();
        assertAccessible();
        admin.createTenant("Stark Industries", "stark");
        assertThat(admin.cell("Stark Industries")).isVisible();
        assertThat(admin.cell("stark")).isVisible();

        // a hostile name is stored and shown as text, never as markup
        admin.createTenant("<img src=x onerror=alert(1)>", "hostile-tenant");
        assertThat(admin.cell("<img src=x onerror=alert(1)>")).isVisible();

        admin.openUsers();
        assertAccessible();
        admin.createUser("tony", "stark-initial-passphrase");
        assertThat(admin.cell("tony")).isVisible();
        admin.grantMembership("tony", "Stark Industries", "Admin");
        assertThat(admin.button("Remove member tony from Stark Industries")).isVisible();
        admin.closeDialog();

        var shell = new ShellPage(page);
        shell.logOut();
        var login = new LoginPage(page);
        assertThat(login.username()).isVisible();
        login.signIn("tony", "stark-initial-passphrase");
        var change = new ChangePasswordPage(page);
        assertThat(change.heading()).isVisible();
        change.change("stark-initial-passphrase", "he builds iron suits daily", "he builds iron suits daily");
        assertThat(shell.heading("Stark Industries")).isVisible();
        assertThat(page).hasURL(url("/t/stark"));
    }

    @Test
    void renamingATenantKeepsItsAddress() {
        new LoginPage(page).open(url("")).signIn("admin", IntegrationTest.ADMIN_PASSWORD);
        var admin = new AdministrationPage(page, url("")).openTenants();
        admin.createTenant("Wayne Enterprises", "wayne");
        admin.button("Rename Wayne Enterprises").click();
        admin.textbox("Name").fill("Wayne Corp");
        page.getByRole(AriaRole.DIALOG)
                .getByRole(AriaRole.BUTTON,
                        new Locator.GetByRoleOptions().setName("Rename"))
                .click();
        assertThat(admin.cell("Wayne Corp")).isVisible();
        assertThat(admin.cell("wayne")).isVisible();

        admin.button("Deactivate Wayne Corp").click();
        assertThat(admin.button("Reactivate Wayne Corp")).isVisible();
    }
}

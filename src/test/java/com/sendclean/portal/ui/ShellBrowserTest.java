package com.sendclean.portal.ui;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Response;
import com.sendclean.portal.signin.LoginPage;
import com.sendclean.portal.support.BrowserTest;
import com.sendclean.portal.support.IntegrationTest;
import com.sendclean.portal.support.TestTenants;
import com.sendclean.portal.tenant.TenantRole;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** The shell as a user first meets it: the drawer's entries, the start page, the profile and unknown addresses. */
class ShellBrowserTest extends BrowserTest {

    @Autowired TestTenants testTenants;

    @Test
    void theDrawerListsAccountsThenTheCurrentTenantsPagesAndAgreesWithThePageTitle() {
        var first = testTenants.tenant("Drawer One");
        var second = testTenants.tenant("Drawer Two");
        var reseller = testTenants.readyMember(first, "drawer-reseller", TenantRole.ADMIN);
        testTenants.grant(second, reseller, TenantRole.ADMIN);
        var shell = new ShellPage(page);
        new LoginPage(page).open(url("")).signIn(reseller.username(), TestTenants.PASSWORD);
        page.navigate(url("/t/" + first.slug() + "/members"));
        assertThat(shell.heading("Members")).isVisible();

        assertThat(shell.menuEntries()).containsExactly(
                "Accounts", "Overview", "SMTP users", "SendClean credentials", "Members", "Audit");
        assertThat(page.title()).startsWith("Members · ");

        page.navigate(url("/t/" + first.slug() + "/audit"));
        assertThat(shell.heading("Audit")).isVisible();
        assertThat(page.title()).startsWith("Audit · ");
    }

    @Test
    void aMemberOfOneTenantHasNoAccountsEntryAndNoHome() {
        var tenant = testTenants.tenant("Single");
        var viewer = testTenants.readyMember(tenant, "single-viewer", TenantRole.VIEWER);
        var shell = new ShellPage(page);
        new LoginPage(page).open(url("")).signIn(viewer.username(), TestTenants.PASSWORD);
        assertThat(shell.heading(tenant.name())).isVisible();

        assertThat(shell.menuEntries()).containsExactly("Overview", "SMTP users");
    }

    @Test
    void theProfileKeepsTheDrawerAndTheSwitcherOfTheTenantTheUserCameFrom() {
        var first = testTenants.tenant("Profile One");
        var second = testTenants.tenant("Profile Two");
        var reseller = testTenants.readyMember(first, "profile-reseller", TenantRole.ADMIN);
        testTenants.grant(second, reseller, TenantRole.OPERATOR);
        var shell = new ShellPage(page);
        new LoginPage(page).open(url("")).signIn(reseller.username(), TestTenants.PASSWORD);
        page.navigate(url("/t/" + second.slug()));
        assertThat(shell.heading(second.name())).isVisible();

        page.getByRole(AriaRole.LINK,
                new Page.GetByRoleOptions().setName("Profile").setExact(true)).click();
        assertThat(shell.heading("Your profile")).isVisible();

        assertThat(shell.tenantSwitcher()).hasValue(second.name());
        assertThat(shell.menuEntries()).containsExactly("Accounts", "Overview", "SMTP users");
        assertThat(shell.menuLink("Overview")).hasAttribute("path", "t/" + second.slug());
    }

    @Test
    void aPlatformAdministratorsHomeSaysWhatTheyCanDo() {
        var shell = new ShellPage(page);
        new LoginPage(page).open(url("")).signIn("admin", IntegrationTest.ADMIN_PASSWORD);

        assertThat(shell.heading("Platform administration")).isVisible();
        assertThat(page.getByText("No customer account yet")).hasCount(0);
        assertThat(page.getByText("ask your administrator")).hasCount(0);
        for (String link : List.of("Tenants", "Users", "Audit", "Encryption key")) {
            assertThat(page.locator("main").getByRole(AriaRole.LINK,
                    new Locator.GetByRoleOptions().setName(link).setExact(true))).isVisible();
        }
        assertThat(shell.menuEntries()).containsExactly("Tenants", "Users", "Encryption key", "Audit");
        assertAccessible();
    }

    @Test
    void anUnknownAddressAnswers404WithTheNotFoundPage() {
        new LoginPage(page).open(url("")).signIn("admin", IntegrationTest.ADMIN_PASSWORD);
        assertThat(new ShellPage(page).heading("Platform administration")).isVisible();

        Response answer = page.navigate(url("/no-such-page"));

        assertThat(answer.status()).isEqualTo(404);
        assertThat(new ShellPage(page).notFound()).isVisible();
        // a page that exists still answers 200
        assertThat(page.navigate(url("/profile")).status()).isEqualTo(200);
    }

    @Test
    void thePortalServesAFavicon() {
        new LoginPage(page).open(url(""));
        String icon = (String) page.evaluate("() => document.querySelector('link[rel~=icon]')?.href ?? ''");
        assertThat(icon).isNotEmpty();

        APIResponse linked = page.request().get(icon);
        APIResponse classic = page.request().get(url("/favicon.ico"));

        assertThat(linked.status()).isEqualTo(200);
        assertThat(linked.headers().get("content-type")).startsWith("image/svg+xml");
        assertThat(classic.status()).isEqualTo(200);
        assertThat(classic.headers().get("content-type")).startsWith("image/");
    }
}

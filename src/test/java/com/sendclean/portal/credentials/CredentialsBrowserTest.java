package com.sendclean.portal.credentials;

import com.sendclean.portal.support.SandboxServer;
import com.sendclean.portal.support.UsesSandbox;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.sendclean.portal.sandbox.SandboxAccounts;
import com.sendclean.portal.sandbox.SandboxFaults;
import com.sendclean.portal.smtpusers.SandboxTenants;
import com.sendclean.portal.signin.LoginPage;
import com.sendclean.portal.support.BrowserTest;
import com.sendclean.portal.support.TestTenants;
import com.sendclean.portal.tenant.TenantRole;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

@UsesSandbox
class CredentialsBrowserTest extends BrowserTest {

    final SandboxAccounts sandbox = SandboxServer.accounts();
    @Autowired TestTenants testTenants;
    @Autowired SandboxTenants sandboxTenants;

    @Test
    void anAdminTestsAndSavesCredentialsAndTheTokenIsNeverShownAgain() {
        var tenant = testTenants.tenant("Soylent");
        var admin = testTenants.readyMember(tenant, "soylent-admin", TenantRole.ADMIN);
        String owner = "owner-" + UUID.randomUUID();
        String token = "token-" + UUID.randomUUID() + "wxyz";
        sandbox.createAccount(owner, token);
        sandbox.seed(owner, 2);

        new LoginPage(page).open(url("")).signIn(admin.username(), TestTenants.PASSWORD);
        page.waitForURL("**/t/" + tenant.slug());
        page.navigate(url("/t/" + tenant.slug() + "/credentials"));
        assertThat(page.getByText("No credentials are stored yet.", new Page.GetByTextOptions().setExact(false))).isVisible();
        assertAccessible();

        page.getByLabel("Owner ID", new Page.GetByLabelOptions().setExact(true)).fill(owner);
        page.getByLabel("API token", new Page.GetByLabelOptions().setExact(true)).fill(token);
        page.getByLabel("App domain", new Page.GetByLabelOptions().setExact(true)).fill("https://sandbox.localhost/");
        button("Save").click();
        assertThat(page.getByText("Enter only the host name").first()).isVisible();

        page.getByLabel("App domain", new Page.GetByLabelOptions().setExact(true)).fill("sandbox.localhost");
        button("Test connection").click();
        assertThat(page.getByText("The connection works: SendClean lists 2 SMTP users.")).isVisible();
        button("Save").click();
        assertThat(page.getByText("Credentials are stored", new Page.GetByTextOptions().setExact(false))).isVisible();
        assertThat(page.getByText("API token ending in wxyz", new Page.GetByTextOptions().setExact(false))).isVisible();
        assertThat(page.getByLabel("API token", new Page.GetByLabelOptions().setExact(true))).hasValue("");
        assertThat(page.getByText("A new app domain needs it typed again").first()).isVisible();

        page.getByLabel("App domain", new Page.GetByLabelOptions().setExact(true)).fill("us9.example.com");
        button("Test connection").click();
        String retype = CredentialsService.RETYPE_FOR_OTHER_DOMAIN.formatted("sandbox.localhost");
        assertThat(page.locator("vaadin-text-field[invalid]").filter(new Locator.FilterOptions()
                .setHasText(retype))).hasCount(1);
        assertThat(page.locator("vaadin-password-field[invalid]").filter(new Locator.FilterOptions()
                .setHasText(retype))).hasCount(1);
        page.getByLabel("App domain", new Page.GetByLabelOptions().setExact(true)).fill("sandbox.localhost");

        page.reload();
        assertThat(page.getByText("Credentials are stored", new Page.GetByTextOptions().setExact(false))).isVisible();
        assertThat(page.content()).doesNotContain(token).doesNotContain(owner);

        button("Remove credentials").click();
        page.getByRole(AriaRole.DIALOG).getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Remove")).click();
        assertThat(page.getByText("No credentials are stored yet.", new Page.GetByTextOptions().setExact(false))).isVisible();
    }

    private Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    @Test
    void switchingTenantsOnTheCredentialsPageNeverShowsWhatWasTypedOrTestedForTheOther() {
        var acme = sandboxTenants.create("Acme", 1);
        var globex = testTenants.tenant("Globex");
        var rita = testTenants.readyMember(acme.tenant(), "rita", TenantRole.ADMIN);
        testTenants.grant(globex, rita, TenantRole.ADMIN);
        new LoginPage(page).open(url("")).signIn(rita.username(), TestTenants.PASSWORD);
        page.waitForURL("**/accounts");
        page.navigate(url("/t/" + acme.tenant().slug() + "/credentials"));
        assertThat(page.getByText("Credentials are stored", new Page.GetByTextOptions().setExact(false))).isVisible();

        // typed for Acme, not saved
        field("Owner ID").fill("typed-owner-for-acme");
        field("API token").fill("typed-token-for-acme");
        field("App domain").fill("typed.acme.example");
        followInAppLinkTo(globex.slug());
        assertThat(page.getByText("No credentials are stored yet.", new Page.GetByTextOptions().setExact(false))).isVisible();
        assertThat(field("Owner ID")).hasValue("");
        assertThat(field("API token")).hasValue("");
        assertThat(field("App domain")).hasValue("");

        page.goBack();
        page.waitForURL("**/t/" + acme.tenant().slug() + "/credentials");
        assertThat(field("App domain")).hasValue("sandbox.localhost");
        assertThat(field("Owner ID")).hasValue("");

        // Acme's SendClean answers the test late, after the switch: Globex's page never shows that answer
        sandbox.setFaults(acme.ownerId(), SandboxFaults.latency(2_000));
        button("Test connection").click();
        assertThat(page.getByText("Testing…")).isVisible();
        page.goForward();
        page.waitForURL("**/t/" + globex.slug() + "/credentials");
        page.waitForTimeout(3_500);
        assertThat(page.getByText("The connection works", new Page.GetByTextOptions().setExact(false))).hasCount(0);
        assertThat(page.locator(".connection-result")).hasText("");
        assertThat(button("Test connection")).isEnabled();
        assertThat(page.getByText("No credentials are stored yet.", new Page.GetByTextOptions().setExact(false))).isVisible();
        sandbox.clearFaults(acme.ownerId());
    }

    /**
     * Follows an in-app link to another tenant's credentials page. The header switcher leads to the other tenant's
     * overview instead, so only such a link, then Back and Forward, show the same page instance for two tenants.
     */
    void followInAppLinkTo(String slug) {
        page.evaluate("""
                slug => {
                  const link = document.createElement('a');
                  link.setAttribute('router-link', '');
                  link.href = new URL('/t/' + slug + '/credentials', location.origin).href;
                  link.textContent = 'credentials of ' + slug;
                  document.body.appendChild(link);
                  link.click();
                  link.remove();
                }""", slug);
        page.waitForURL("**/t/" + slug + "/credentials");
    }

    Locator field(String label) {
        return page.getByLabel(label, new Page.GetByLabelOptions().setExact(true));
    }
}

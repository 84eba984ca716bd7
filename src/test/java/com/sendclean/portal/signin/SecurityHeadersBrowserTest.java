package com.sendclean.portal.signin;

import com.sendclean.portal.account.ChangePasswordPage;
import com.sendclean.portal.account.ProfilePage;
import com.sendclean.portal.account.UserAdministrationService;
import com.microsoft.playwright.Response;
import com.sendclean.portal.support.BrowserTest;
import com.sendclean.portal.support.IntegrationTest;
import com.sendclean.portal.support.SignedIn;
import com.sendclean.portal.support.TestTenants;
import com.sendclean.portal.tenant.TenantAdministrationService;
import com.sendclean.portal.tenant.TenantId;
import com.sendclean.portal.tenant.TenantRole;
import com.sendclean.portal.ui.ShellPage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** Security headers on every page, the portal still working under its CSP, actuator access, hostile names as text. */
class SecurityHeadersBrowserTest extends BrowserTest {

    @Autowired TestTenants testTenants;
    @Autowired SignedIn signedIn;
    @Autowired TenantAdministrationService tenants;
    @Autowired UserAdministrationService administration;

    @Test
    void theLoginPageAndTheAppSendSecurityHeadersAndWorkUnderTheContentSecurityPolicy() {
        List<String> cspViolations = new ArrayList<>();
        page.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy")) {
                cspViolations.add(message.text());
            }
        });
        Response loginPage = page.navigate(url("/login"));
        assertSecurityHeaders(loginPage.allHeaders());

        var tenant = testTenants.tenant("Headers");
        var user = testTenants.readyMember(tenant, "hedda", TenantRole.ADMIN);
        new LoginPage(page).signIn(user.username(), TestTenants.PASSWORD);
        var shell = new ShellPage(page);
        assertThat(shell.heading(tenant.name())).isVisible();
        Response appPage = page.navigate(url("/t/" + tenant.slug() + "/members"));
        assertSecurityHeaders(appPage.allHeaders());
        assertThat(shell.heading("Members")).isVisible();
        page.navigate(url("/profile"));
        new ProfilePage(page).startEnrolment(); // the QR code is a data: image
        assertThat(cspViolations).isEmpty();
    }

    @Test
    void vaadinsScriptsMayBeKeptByTheBrowserButPagesNever() {
        var tenant = testTenants.tenant("Cached");
        var user = testTenants.readyMember(tenant, "carla", TenantRole.ADMIN);
        new LoginPage(page).open(url("")).signIn(user.username(), TestTenants.PASSWORD);
        assertThat(new ShellPage(page).heading(tenant.name())).isVisible();

        Response members = page.navigate(url("/t/" + tenant.slug() + "/members"));
        assertThat(new ShellPage(page).heading("Members")).isVisible();
        assertThat(members.allHeaders()).as("a page with a tenant's data")
                .containsEntry("pragma", "no-cache").hasEntrySatisfying("cache-control", value -> assertThat(value).contains("no-store"));
        @SuppressWarnings("unchecked")
        var scripts = (List<String>) page.evaluate("() => performance.getEntriesByType('resource')"
                + ".map(e => e.name).filter(name => name.includes('/VAADIN/build/'))");
        // Chromium revalidates a file that says "Pragma: no-cache" on every page load, whatever its max-age; the
        // production jar's Chromium check (HaproxyClusterCheck) sees the files come from the cache
        assertThat(scripts).isNotEmpty().allSatisfy(script -> assertThat(page.request().get(script).headers())
                .as(script).doesNotContainKeys("pragma", "expires"));
    }

    @Test
    void overHttpsFromATrustedProxyTheCookieIsSecureAndHstsIsSent() throws Exception {
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> viaProxy = http.send(HttpRequest.newBuilder(URI.create(url("/login")))
                .header("X-Forwarded-Proto", "https").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(viaProxy.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(
                value -> assertThat(value).contains("max-age=31536000").contains("includeSubDomains"));
        assertThat(viaProxy.headers().allValues("Set-Cookie")).anySatisfy(
                cookie -> assertThat(cookie).startsWith("JSESSIONID=").contains("Secure").contains("HttpOnly"));

        HttpResponse<String> plain = http.send(HttpRequest.newBuilder(URI.create(url("/login"))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(plain.headers().firstValue("Strict-Transport-Security")).isEmpty();
    }

    @Test
    void actuatorEndpointsBeyondHealthNeedAPlatformAdministrator() {
        var user = testTenants.readyMember(testTenants.tenant("Actuator"), "otto", TenantRole.ADMIN);
        new LoginPage(page).open(url("")).signIn(user.username(), TestTenants.PASSWORD);
        assertThat(new ShellPage(page).logOutButton()).isVisible();
        assertThat(page.request().get(url("/actuator/info")).status()).isEqualTo(403);
        assertThat(page.request().get(url("/actuator/health")).status()).isEqualTo(200);

        new ShellPage(page).logOut();
        var login = new LoginPage(page);
        assertThat(login.username()).isVisible();
        login.signIn("admin", IntegrationTest.ADMIN_PASSWORD);
        assertThat(new ShellPage(page).logOutButton()).isVisible();
        assertThat(page.request().get(url("/actuator/info")).status()).isEqualTo(200);
    }

    @Test
    void hostileNamesAreShownAsTextNeverRun() {
        String hostile = "<img src=x onerror=\"window.__xss=1\">";
        TenantId tenant = signedIn.as("admin", () -> tenants.createTenant(hostile, "hostile-" + System.nanoTime()));
        String slug = signedIn.as("admin", () -> tenants.listTenants()).stream()
                .filter(t -> t.id().equals(tenant)).findFirst().orElseThrow().slug();
        var user = testTenants.user("xavier");
        signedIn.asConfirmed("admin", IntegrationTest.ADMIN_PASSWORD, () -> tenants.grant(tenant, user.id(), TenantRole.ADMIN));

        new LoginPage(page).open(url("")).signIn(user.username(), TestTenants.INITIAL_PASSWORD);
        new ChangePasswordPage(page).change(TestTenants.INITIAL_PASSWORD, TestTenants.PASSWORD, TestTenants.PASSWORD);
        var shell = new ShellPage(page);
        assertThat(shell.heading(hostile)).isVisible();
        page.navigate(url("/t/" + slug + "/members"));
        assertThat(shell.heading("Members")).isVisible();
        assertThat(page.locator("img[src=x]")).hasCount(0);
        assertThat(page.evaluate("() => window.__xss === undefined")).isEqualTo(true);

        assertThat(catchThrowable(() -> signedIn.as("admin",
                () -> administration.createUser(hostile, TestTenants.INITIAL_PASSWORD))))
                .as("a user name cannot carry markup at all").hasMessageContaining("Use 3 to 64 letters");
    }

    private static void assertSecurityHeaders(Map<String, String> headers) {
        assertThat(headers.get("content-security-policy"))
                .contains("default-src 'self'").contains("frame-ancestors 'none'").contains("connect-src 'self';");
        assertThat(headers.get("x-content-type-options")).isEqualTo("nosniff");
        assertThat(headers.get("referrer-policy")).isEqualTo("strict-origin-when-cross-origin");
        assertThat(headers.get("x-frame-options")).isEqualTo("DENY");
    }
}

package com.sendclean.portal.cluster;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.sendclean.portal.signin.LoginPage;
import com.sendclean.portal.smtpusers.SandboxTenants;
import com.sendclean.portal.support.BrowserTest;
import com.sendclean.portal.support.SandboxProcess;
import com.sendclean.portal.support.SandboxServer;
import com.sendclean.portal.support.TestTenants;
import com.sendclean.portal.support.UsesSandbox;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cluster as operators run it (`./mvnw -Pcluster verify`, called by .ci/run): two production jars and HAProxy
 * with the repository's deploy/haproxy.cfg on one PostgreSQL. A user signs in through HAProxy in Chromium and edits a
 * limit; the instance serving them is stopped; they sign in again through HAProxy, on the other instance, and see
 * the saved value. Their SendClean is the sandbox as its own process from the same jar ({@code java -jar <jar>
 * sandbox}). This JVM's own portal only sets up the tenant, through the portal's services, on the same schema and
 * keyset as the jars, and the sandbox account through this JVM's {@link SandboxServer} on the process's schema.
 */
@UsesSandbox
class HaproxyClusterCheck extends BrowserTest {

    // production jars on a busy CI machine render their first pages slowly
    private static final LocatorAssertions.IsVisibleOptions VISIBLE =
            new LocatorAssertions.IsVisibleOptions().setTimeout(30_000);

    @Autowired SandboxTenants sandboxTenants;
    @Autowired Environment environment;

    @Test
    void aUserOfAStoppedInstanceSignsInAgainThroughHaproxyAndFindsTheLimitTheySaved() throws Exception {
        Path jar = Path.of(System.getProperty("cluster.jar", "target/sendclean-portal-0.1.0-SNAPSHOT.jar"));
        assertThat(jar).as("the production jar, built by the package phase").exists();
        Path workDir = Files.createDirectories(Path.of("target", "cluster"));
        var acme = sandboxTenants.create("Cluster", 3);
        String smtpUser = SandboxServer.accounts().listUsers(acme.ownerId()).getFirst().smtpUserName();
        Map<String, String> portalEnvironment = new HashMap<>(Map.of(
                "SPRING_DATASOURCE_URL", environment.getRequiredProperty("spring.datasource.url"),
                "SPRING_DATASOURCE_USERNAME", environment.getRequiredProperty("spring.datasource.username"),
                "SPRING_DATASOURCE_PASSWORD", environment.getProperty("spring.datasource.password", ""),
                "PORTAL_CRYPTO_KEYSETFILE", Path.of(environment.getRequiredProperty("portal.data-dir"))
                        .resolve("local-keyset.json").toAbsolutePath().toString(),
                // the bootstrap password must pass the password policy, which refuses one that contains the user name
                "PORTAL_BOOTSTRAP_ADMINPASSWORD", "cluster-check-bootstrap-passphrase"));

        // the instances' SendClean is the sandbox, run from the same jar as a process of its own, as operators would;
        // both instances start together, as after a deployment; HAProxy starts once they are ready
        try (var sandbox = SandboxProcess.start(jar, workDir);
             var portal1 = PortalJar.start(jar, "portal1", workDir, withSandbox(portalEnvironment, sandbox));
             var portal2 = PortalJar.start(jar, "portal2", workDir, withSandbox(portalEnvironment, sandbox))) {
            portal1.awaitReady();
            portal2.awaitReady();
            try (var haproxy = PortalJar.haproxy(Path.of("deploy", "haproxy.cfg"), workDir, portal1.address(),
                    portal2.address())) {
                failOver(haproxy, portal1, portal2, acme.admin().username(), acme.tenant().slug(), smtpUser);
            }
        }
    }

    private static Map<String, String> withSandbox(Map<String, String> environment, SandboxProcess sandbox) {
        Map<String, String> withSandbox = new HashMap<>(environment);
        withSandbox.putAll(sandbox.portalEnvironment());
        return withSandbox;
    }

    private void failOver(PortalJar haproxy, PortalJar portal1, PortalJar portal2, String admin, String slug,
                          String smtpUser) {
        signInAndOpenSmtpUsers(haproxy, admin, slug);
        limitButton(smtpUser).click();
        Locator field = page.getByRole(AriaRole.SPINBUTTON, new Page.GetByRoleOptions().setName("Total limit").setExact(true))
                .or(page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Total limit").setExact(true)));
        field.fill("4321");
        field.press("Enter");
        assertThat(page.getByText("Total limit of " + smtpUser + " is now 4,321.")).isVisible(VISIBLE);

        String serving = instanceCookie();
        var stopped = serving.equals("portal1") ? portal1 : portal2;
        var other = stopped == portal1 ? portal2 : portal1;
        stopped.stop();
        assertThat(stopped.isAlive()).isFalse();

        try {
            page.navigate(haproxy.baseUrl() + "/t/" + slug + "/smtp-users");
        } catch (PlaywrightException aborted) {
            // the open page noticed its server was gone and reloaded itself, which cancels this navigation; its
            // reload goes through HAProxy to the other instance just the same
            if (!String.valueOf(aborted.getMessage()).contains("ERR_ABORTED")) {
                throw aborted;
            }
            page.waitForLoadState();
        }
        // the other instance does not know the session: it asks the user to sign in again
        var login = new LoginPage(page);
        assertThat(login.username()).isVisible(VISIBLE);
        login.signIn(admin, TestTenants.PASSWORD);
        page.waitForURL("**/t/" + slug + "**");
        page.navigate(haproxy.baseUrl() + "/t/" + slug + "/smtp-users");
        assertThat(limitButton(smtpUser)).hasText("4,321", new LocatorAssertions.HasTextOptions().setTimeout(30_000));
        assertThat(instanceCookie()).as("HAProxy moved the user to the instance still running").isEqualTo(other.name());
    }

    private void signInAndOpenSmtpUsers(PortalJar haproxy, String username, String slug) {
        new LoginPage(page).open(haproxy.baseUrl()).signIn(username, TestTenants.PASSWORD);
        page.waitForURL("**/t/" + slug);
        page.navigate(haproxy.baseUrl() + "/t/" + slug + "/smtp-users");
        page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("SMTP users").setExact(true)).waitFor();
        @SuppressWarnings("unchecked")
        var scriptBytesFetched = (List<Number>) page.evaluate("() => performance.getEntriesByType('resource')"
                + ".filter(e => e.name.includes('/VAADIN/build/')).map(e => e.transferSize)");
        assertThat(scriptBytesFetched).as("the second page's scripts, all from the browser's cache")
                .isNotEmpty().allSatisfy(bytes -> assertThat(bytes.intValue()).isZero());
    }

    private Locator limitButton(String smtpUser) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Total limit of " + smtpUser + ":"));
    }

    private String instanceCookie() {
        return browserContext.cookies().stream().filter(cookie -> cookie.name.equals("PORTAL_INSTANCE"))
                .map(cookie -> cookie.value).findFirst()
                .orElseThrow(() -> new AssertionError("HAProxy set no PORTAL_INSTANCE cookie"));
    }
}

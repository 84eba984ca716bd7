package com.sendclean.portal.cluster;

import com.sendclean.portal.support.IntegrationTest;
import com.sendclean.portal.tenant.TenantAccess;
import com.sendclean.portal.tenant.TenantAdministrationService;
import com.sendclean.portal.tenant.TenantRole;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import com.sendclean.portal.credentials.CredentialsChanged;
import com.sendclean.portal.tenant.TenantId;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.PayloadApplicationEvent;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.sendclean.portal.credentials.CredentialsInput;
import com.sendclean.portal.credentials.CredentialsKeyService;
import com.sendclean.portal.credentials.CredentialsService;
import com.sendclean.portal.crypto.SecretCipher;
import com.sendclean.portal.shared.InvalidInputException;
import com.sendclean.portal.sandbox.SandboxSmtpUser;
import com.sendclean.portal.signin.LoginPage;
import com.sendclean.portal.account.UserAdministrationService;
import com.sendclean.portal.sendclean.AppDomains;
import com.sendclean.portal.smtpusers.LimitKind;
import com.sendclean.portal.smtpusers.SandboxTenants;
import com.sendclean.portal.smtpusers.SmtpUserService;
import com.sendclean.portal.support.PortalInstances;
import com.sendclean.portal.support.SandboxServer;
import com.sendclean.portal.support.SignedIn;
import com.sendclean.portal.support.TestTenants;
import com.sendclean.portal.ui.ShellPage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Two portal instances, A and B, on one database and one schema, as behind the load balancer: what one does, the
 * other sees at once or within the 2 seconds the cluster promises, with nobody pressing Refresh.
 */
class TwoInstancesTest {

    private static final int A = 0;
    private static final int B = 1;
    private static final String THROTTLED = "Too many failed sign-ins";
    // a freshly started instance in development mode is slow to serve its first pages on a busy machine
    private static final LocatorAssertions.IsVisibleOptions VISIBLE =
            new LocatorAssertions.IsVisibleOptions().setTimeout(20_000);

    private static PortalInstances cluster;
    private static Playwright playwright;
    private static Browser browser;

    @BeforeAll
    static void startTwoInstances() {
        cluster = PortalInstances.start(2, SandboxServer.portalProperties());
    }

    @AfterAll
    static void stopEverything() {
        if (playwright != null) {
            playwright.close();
        }
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    void anSmtpUserEditOnAIsSeenByTheSharedCopyOnBWithinTwoSeconds() {
        var acme = cluster.bean(A, SandboxTenants.class).create("Acme", 3);
        var tenant = acme.tenant().id();
        SandboxSmtpUser user = SandboxServer.accounts().listUsers(acme.ownerId()).getFirst();
        String admin = acme.admin().username();
        int before = onB(admin, () -> cluster.bean(B, SmtpUserService.class).list(tenant, false))
                .find(user.smtpUserName()).orElseThrow().totalLimit();

        int changed = before + 17;
        cluster.bean(A, SignedIn.class).as(admin, () -> cluster.bean(A, SmtpUserService.class)
                .changeLimit(tenant, user.smtpUserName(), LimitKind.TOTAL, changed));

        await().atMost(Duration.ofSeconds(2)).pollInterval(Duration.ofMillis(50)).untilAsserted(() ->
                assertThat(onB(admin, () -> cluster.bean(B, SmtpUserService.class).list(tenant, false))
                        .find(user.smtpUserName()).orElseThrow().totalLimit())
                        .as("B's shared copy, read without refresh").isEqualTo(changed));
    }

    @Test
    void bAppliesAnEditOnAToItsOwnCopyInsteadOfListingEveryUserAgain() {
        Set<TenantId> credentialsHeardOnB = ConcurrentHashMap.newKeySet();
        cluster.instance(B).addApplicationListener((ApplicationListener<ApplicationEvent>) event -> {
            if (event instanceof PayloadApplicationEvent<?> payload
                    && payload.getPayload() instanceof CredentialsChanged changed) {
                credentialsHeardOnB.add(changed.tenantId());
            }
        });
        var acme = cluster.bean(A, SandboxTenants.class).create("InPlace", 3);
        var tenant = acme.tenant().id();
        // saving the credentials on A rightly makes B forget its copy; list on B only after B has heard that, or
        // the copy listed here is dropped by the late notification and there is nothing left to change in place
        await().atMost(Duration.ofSeconds(2)).until(() -> credentialsHeardOnB.contains(tenant));
        String name = SandboxServer.accounts().listUsers(acme.ownerId()).getFirst().smtpUserName();
        String admin = acme.admin().username();
        var listedOnB = onB(admin, () -> cluster.bean(B, SmtpUserService.class).list(tenant, false));
        int changed = listedOnB.find(name).orElseThrow().hourlyLimit() + 5;

        cluster.bean(A, SignedIn.class).as(admin, () -> cluster.bean(A, SmtpUserService.class)
                .changeLimit(tenant, name, LimitKind.HOURLY, changed));

        await().atMost(Duration.ofSeconds(2)).pollInterval(Duration.ofMillis(20)).untilAsserted(() -> {
            var copy = onB(admin, () -> cluster.bean(B, SmtpUserService.class).findSharedCopy(tenant)).orElseThrow();
            assertThat(copy.find(name).orElseThrow().hourlyLimit()).isEqualTo(changed);
            assertThat(copy.fetchedAt()).as("the same listing, changed in place").isEqualTo(listedOnB.fetchedAt());
        });
    }

    @Test
    void bHearsEditsAgainAfterItsNotificationConnectionWasCut() {
        var acme = cluster.bean(A, SandboxTenants.class).create("Reconnect", 2);
        var tenant = acme.tenant().id();
        String admin = acme.admin().username();
        String smtpUser = SandboxServer.accounts().listUsers(acme.ownerId()).getFirst().smtpUserName();
        var jdbc = JdbcClient.create(cluster.bean(A, DataSource.class));

        int cut = jdbc.sql("select count(pg_terminate_backend(pid)) from pg_stat_activity where application_name = ?")
                .param(cluster.bean(B, ClusterChannel.class).applicationName()).query(Integer.class).single();
        assertThat(cut).as("B's listening connection, ended by the server").isEqualTo(1);
        await().atMost(Duration.ofSeconds(10)).until(() -> cluster.bean(B, ClusterNotificationListener.class).isConnected()
                && cluster.bean(A, ClusterMembers.class).runningInstances() == 2);

        int before = onB(admin, () -> cluster.bean(B, SmtpUserService.class).list(tenant, false))
                .find(smtpUser).orElseThrow().hourlyLimit();
        cluster.bean(A, SignedIn.class).as(admin, () -> cluster.bean(A, SmtpUserService.class)
                .changeLimit(tenant, smtpUser, LimitKind.HOURLY, before + 3));
        await().atMost(Duration.ofSeconds(2)).pollInterval(Duration.ofMillis(50)).untilAsserted(() ->
                assertThat(onB(admin, () -> cluster.bean(B, SmtpUserService.class).list(tenant, false))
                        .find(smtpUser).orElseThrow().hourlyLimit()).isEqualTo(before + 3));
    }

    @Test
    void credentialsSavedOnAAreUsedByBAtOnce() {
        var globex = cluster.bean(A, SandboxTenants.class).create("Globex", 2);
        var tenant = globex.tenant().id();
        String admin = globex.admin().username();
        String ownerId = "owner-" + UUID.randomUUID();
        String token = "token-" + UUID.randomUUID();
        SandboxServer.accounts().createAccount(ownerId, token);
        SandboxServer.accounts().seed(ownerId, 5);

        cluster.bean(A, SignedIn.class).asConfirmed(admin, TestTenants.PASSWORD, () -> cluster
                .bean(A, CredentialsService.class).save(tenant, new CredentialsInput(ownerId, token, AppDomains.SANDBOX_DOMAIN)));

        assertThat(onB(admin, () -> cluster.bean(B, SmtpUserService.class).list(tenant, true).size()))
                .as("B lists the new account's five SMTP users, not the old one's two").isEqualTo(5);
        assertThat(onB(admin, () -> cluster.bean(B, CredentialsService.class).status(tenant).ownerIdLastFour()))
                .isEqualTo(ownerId.substring(ownerId.length() - 4));
    }

    @Test
    void aMembershipRevokedOnAIsRefusedOnBThoughBHadCheckedIt() {
        var testTenants = cluster.bean(A, TestTenants.class);
        var tenant = testTenants.tenant("Hooli");
        var user = testTenants.member(tenant, "gavin", TenantRole.OPERATOR);
        assertThat(onB(user.username(), () -> cluster.bean(B, TenantAccess.class).allows(tenant.id(), TenantRole.OPERATOR)))
                .as("B has checked, and keeps, the membership").isTrue();

        cluster.bean(A, SignedIn.class).asConfirmed("admin", IntegrationTest.ADMIN_PASSWORD,
                () -> cluster.bean(A, TenantAdministrationService.class).revoke(tenant.id(), user.id()));

        await().atMost(Duration.ofSeconds(2)).pollInterval(Duration.ofMillis(20)).untilAsserted(() ->
                assertThat(onB(user.username(), () -> cluster.bean(B, TenantAccess.class).allows(tenant.id(),
                        TenantRole.VIEWER))).as("B, told by A through PostgreSQL").isFalse());
    }

    @Test
    void credentialsSavedOnAReplaceTheOnesBHadUsed() {
        var globex = cluster.bean(A, SandboxTenants.class).create("Initrode", 2);
        var tenant = globex.tenant().id();
        String admin = globex.admin().username();
        assertThat(onB(admin, () -> cluster.bean(B, SmtpUserService.class).list(tenant, true).size())).isEqualTo(2);
        String ownerId = "owner-" + UUID.randomUUID();
        String token = "token-" + UUID.randomUUID();
        SandboxServer.accounts().createAccount(ownerId, token);
        SandboxServer.accounts().seed(ownerId, 4);

        cluster.bean(A, SignedIn.class).asConfirmed(admin, TestTenants.PASSWORD, () -> cluster
                .bean(A, CredentialsService.class).save(tenant, new CredentialsInput(ownerId, token, AppDomains.SANDBOX_DOMAIN)));

        await().atMost(Duration.ofSeconds(2)).pollInterval(Duration.ofMillis(20)).untilAsserted(() ->
                assertThat(onB(admin, () -> cluster.bean(B, SmtpUserService.class).list(tenant, true).size()))
                        .as("B lists with the new credentials, not the ones it read before").isEqualTo(4));
    }

    @Test
    void aPasswordChangeOnAEndsTheUsersSessionOnB() {
        var testTenants = cluster.bean(A, TestTenants.class);
        var tenant = testTenants.tenant("Initech");
        var user = testTenants.readyMember(tenant, "peter", TenantRole.VIEWER);
        Page onB = newPage();
        new LoginPage(onB).open(cluster.url(B)).signIn(user.username(), TestTenants.PASSWORD);
        assertThat(new ShellPage(onB).heading(tenant.name())).isVisible(VISIBLE);

        cluster.bean(A, SignedIn.class).asConfirmed("admin", IntegrationTest.ADMIN_PASSWORD, () -> cluster.bean(A, UserAdministrationService.class)
                .resetPassword(user.id(), "a reset passphrase typed on A"));

        onB.navigate(cluster.url(B) + "/t/" + tenant.slug());
        // B asks them to sign in again
        assertThat(new LoginPage(onB).username()).isVisible(VISIBLE);
        onB.context().close();
    }

    @Test
    void signInThrottlingCountsFailuresOnEveryInstance() {
        var testTenants = cluster.bean(A, TestTenants.class);
        var tenant = testTenants.tenant("Throttled");
        var user = testTenants.readyMember(tenant, "mallory-target", TenantRole.VIEWER);
        Page onA = newPage();
        for (int i = 0; i < 5; i++) {
            new LoginPage(onA).open(cluster.url(A)).signIn(user.username(), "a wrong passphrase " + i);
            assertThat(new LoginPage(onA).errorMessage().or(onA.getByText(THROTTLED))).isVisible(VISIBLE);
        }
        onA.context().close();

        Page onB = newPage();
        var login = new LoginPage(onB).open(cluster.url(B));
        login.signIn(user.username(), TestTenants.PASSWORD);
        // the right password on B waits out the pause that A's failures started
        assertThat(onB.getByText(THROTTLED)).isVisible(VISIBLE);
        onB.context().close();
    }

    @Test
    void thePlatformAdministratorsRunTimeKeyRotationIsRefusedWhileTwoInstancesRun() {
        // each instance's listening connection registers it; they connect in the background after start-up
        await().atMost(Duration.ofSeconds(10))
                .until(() -> cluster.bean(A, ClusterMembers.class).runningInstances() == 2);
        var keys = cluster.bean(A, CredentialsKeyService.class);
        long primaryBefore = cluster.bean(A, SecretCipher.class).keysetSummary().primaryKeyId();

        assertThat(cluster.bean(A, SignedIn.class).as("admin", keys::canRotate)).isFalse();
        assertThatThrownBy(() -> cluster.bean(A, SignedIn.class).as("admin", keys::rotateAndReencrypt))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("2 portal instances are running")
                .hasMessageContaining("keyset add FILE");
        assertThat(cluster.bean(A, SecretCipher.class).keysetSummary().primaryKeyId()).isEqualTo(primaryBefore);
        assertThat(cluster.bean(B, SecretCipher.class).keysetSummary().primaryKeyId()).isEqualTo(primaryBefore);
    }

    private static <T> T onB(String username, Supplier<T> action) {
        return cluster.bean(B, SignedIn.class).as(username, action);
    }

    private static Page newPage() {
        var context = browser().newContext();
        context.setDefaultTimeout(20_000);
        return context.newPage();
    }

    private static synchronized Browser browser() {
        if (browser == null) {
            playwright = Playwright.create(new Playwright.CreateOptions()
                    .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
            String executable = Optional.ofNullable(System.getenv("PLAYWRIGHT_CHROMIUM_EXECUTABLE"))
                    .filter(path -> !path.isBlank()).orElse("/usr/bin/chromium");
            browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(Path.of(executable)).setHeadless(true)
                    .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage")));
        }
        return browser;
    }
}

package com.sendclean.portal.bench.driver;

import com.sendclean.portal.support.SandboxServer;
import com.sendclean.portal.support.UsesSandbox;
import java.util.Locale;
import com.sendclean.portal.sandbox.SandboxAccounts;
import com.sendclean.portal.sandbox.SandboxFaults;
import com.sendclean.portal.sandbox.SandboxSmtpStatus;
import com.sendclean.portal.sandbox.SandboxSmtpUser;
import com.sendclean.portal.smtpusers.SandboxTenants;
import com.sendclean.portal.support.IntegrationTest;
import com.sendclean.portal.support.TestTenants;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The browserless driver the benchmarks use must do what a browser does, or its numbers mean nothing: these tests
 * drive the real screen through Flow's protocol and check SendClean's sandbox for the result.
 */
@IntegrationTest
@UsesSandbox
class VaadinSessionDriverTest {

    @Autowired SandboxTenants sandboxTenants;
    final SandboxAccounts sandbox = SandboxServer.accounts();
    @LocalServerPort int port;

    private ScheduledExecutorService heartbeats;
    private VaadinSessionDriver tab;

    record Tenant(String slug, String username, String ownerId) {}

    /** A tenant connected to a fresh sandbox account with seeded SMTP users, and its ADMIN. */
    Tenant tenant(String name, int users) {
        var connected = sandboxTenants.create(name, users);
        return new Tenant(connected.tenant().slug(), connected.admin().username(), connected.ownerId());
    }

    /** Signs the tenant's ADMIN in and opens its SMTP users screen, once its first rows have arrived. */
    SmtpUsersScreenDriver openScreen(Tenant tenant) {
        tab.signIn(tenant.username(), TestTenants.PASSWORD);
        var screen = new SmtpUsersScreenDriver(tab);
        screen.open(tenant.slug());
        screen.awaitFirstRows();
        return screen;
    }

    @BeforeEach
    void openTab() {
        heartbeats = Executors.newSingleThreadScheduledExecutor();
        tab = new VaadinSessionDriver(URI.create("http://localhost:" + port + "/"), heartbeats);
    }

    @AfterEach
    void closeTab() {
        tab.close();
        heartbeats.shutdownNow();
    }

    @Test
    void signsInOpensTheScreenOverPushAndShowsTheSeededUsers() {
        Tenant acme = tenant("Driver", 3);

        List<SmtpUsersScreenDriver.SmtpUserRow> rows = openScreen(acme).rows();

        assertThat(tab.pushConnected()).isTrue();
        List<String> expected = sandbox.listUsers(acme.ownerId()).stream().map(SandboxSmtpUser::smtpUserName)
                .sorted(String.CASE_INSENSITIVE_ORDER).toList();
        assertThat(rows).extracting(SmtpUsersScreenDriver.SmtpUserRow::name).containsExactlyElementsOf(expected);
        assertThat(rows).allSatisfy(row -> {
            SandboxSmtpUser stored = sandbox.findUser(acme.ownerId(), row.name()).orElseThrow();
            assertThat(row.enabled()).isEqualTo(stored.status() == SandboxSmtpStatus.ENABLE);
            assertThat(row.totalLimit()).isEqualTo(String.format(Locale.ROOT, "%,d", stored.totalLimit()));
            assertThat(row.saving()).isFalse();
        });
    }

    @Test
    void searchesAUserBeyondTheFirstPageAndEditsIt() {
        Tenant acme = tenant("Searched", 60);
        var screen = openScreen(acme);
        List<String> firstPage = screen.awaitFirstRows().stream().map(SmtpUsersScreenDriver.SmtpUserRow::name).toList();
        String beyond = sandbox.listUsers(acme.ownerId()).stream().map(SandboxSmtpUser::smtpUserName)
                .filter(name -> !firstPage.contains(name)).findFirst().orElseThrow();

        SmtpUsersScreenDriver.SmtpUserRow row = screen.search(beyond);
        screen.editLimit(beyond, SmtpUsersScreenDriver.Limit.TOTAL, 5678);

        assertThat(row.name()).isEqualTo(beyond);
        assertThat(screen.rows()).extracting(SmtpUsersScreenDriver.SmtpUserRow::name).allMatch(name -> name.contains(beyond));
        assertThat(sandbox.findUser(acme.ownerId(), beyond).orElseThrow().totalLimit()).isEqualTo(5678);
    }

    @Test
    void editsBothLimitsAndDisablesAUserAndReportsEachPushedConfirmation() {
        Tenant acme = tenant("Driver", 3);
        var screen = openScreen(acme);
        SandboxSmtpUser user = sandbox.listUsers(acme.ownerId()).stream()
                .filter(u -> u.status() == SandboxSmtpStatus.ENABLE).findFirst().orElseThrow();
        String name = user.smtpUserName();

        Duration total = screen.editLimit(name, SmtpUsersScreenDriver.Limit.TOTAL, 4321);
        Duration hourly = screen.editLimit(name, SmtpUsersScreenDriver.Limit.HOURLY, 77);
        Duration disable = screen.setEnabled(name, false);

        assertThat(List.of(total, hourly, disable)).allSatisfy(elapsed -> assertThat(elapsed).isPositive());
        List<String> notices = tab.read(state -> state.notices().stream().map(VaadinSessionDriver.Notice::text).toList());
        assertThat(notices).containsExactly("Total limit of " + name + " is now 4,321.", "Hourly limit of " + name + " is now 77.",
                        name + " is disabled.");
        SandboxSmtpUser stored = sandbox.findUser(acme.ownerId(), name).orElseThrow();
        assertThat(stored.totalLimit()).isEqualTo(4321);
        assertThat(stored.hourlyLimit()).isEqualTo(77);
        assertThat(stored.status()).isEqualTo(SandboxSmtpStatus.DISABLE);
        // the pushed refresh reached the grid too
        var row = screen.rows().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
        assertThat(row.totalLimit()).isEqualTo("4,321");
        assertThat(row.hourlyLimit()).isEqualTo("77");
        assertThat(row.enabled()).isFalse();
        assertThat(row.saving()).isFalse();
        // as in a browser, the confirmations close after their 3 seconds and the server drops them
        tab.awaitUntil(state -> state.tree().byTag("vaadin-notification").isEmpty(), Duration.ofSeconds(10),
                "the confirmations to close");
    }

    @Test
    void reportsTheErrorTheScreenShowsInsteadOfAConfirmation() {
        Tenant acme = tenant("Driver", 2);
        var screen = openScreen(acme);
        String name = screen.rows().getFirst().name();
        sandbox.setFaults(acme.ownerId(), SandboxFaults.failing(SandboxFaults.Fault.HTTP_500_HTML));

        assertThatThrownBy(() -> screen.editLimit(name, SmtpUsersScreenDriver.Limit.TOTAL, 999))
                .isInstanceOf(DriverException.class)
                .hasMessageContaining("reported an error");
    }

    @Test
    void signsOutSoTheScreenAsksToSignInAgain() {
        Tenant acme = tenant("Driver", 1);
        var screen = openScreen(acme);

        tab.signOut();
        screen.open(acme.slug());

        int loginForms = tab.read(state -> state.tree().byTag("vaadin-login-form").size());
        assertThat(loginForms).isEqualTo(1);
        assertThat(screen.rows()).isEmpty();
    }

    @Test
    void refusesAWrongPassword() {
        Tenant acme = tenant("Driver", 1);

        assertThatThrownBy(() -> tab.signIn(acme.username(), "not-the-password"))
                .isInstanceOf(DriverException.class)
                .hasMessageContaining("Sign-in of " + acme.username() + " failed")
                .hasMessageNotContaining("not-the-password");
    }
}

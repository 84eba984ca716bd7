package com.sendclean.portal.smtpusers;

import com.sendclean.portal.sandbox.SandboxAccounts;
import com.sendclean.portal.support.SandboxServer;
import com.sendclean.portal.support.UsesSandbox;
import com.sendclean.portal.sandbox.SandboxFaults;
import com.sendclean.portal.support.IntegrationTest;
import com.sendclean.portal.support.SignedIn;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 18, item 3: nobody waits for a re-list. A reader who finds the shared copy older than
 * {@code portal.smtp-users.refresh-after} gets it at once, while one re-list runs in the background and replaces it;
 * a failed re-list keeps the old copy and marks it.
 */
@IntegrationTest
@UsesSandbox
@TestPropertySource(properties = "portal.smtp-users.refresh-after=1s")
@Import(RoundTwoTestConfiguration.class)
class SmtpUserCopyRefreshTest {

    private static final int SLOW_SENDCLEAN_MILLIS = 1500;

    @Autowired SandboxTenants sandboxTenants;
    final SandboxAccounts sandbox = SandboxServer.accounts();
    @Autowired SignedIn signedIn;
    @Autowired SmtpUserService smtpUsers;
    @Autowired RoundTwoTestConfiguration.Listings listings;

    @Test
    void aReadAfterTheRefreshIntervalGetsTheOldCopyAtOnceAndOneBackgroundReListReplacesIt() throws Exception {
        var acme = sandboxTenants.create("Acme", 3);
        var id = acme.tenant().id();
        String admin = acme.admin().username();
        SmtpUserSnapshot first = signedIn.as(admin, () -> smtpUsers.list(id, false));
        int listedBefore = listings.count.get();

        sandbox.seed(acme.ownerId(), 1); // SendClean holds a fourth user the copy does not know of yet
        sandbox.setFaults(acme.ownerId(), SandboxFaults.latency(SLOW_SENDCLEAN_MILLIS));
        Thread.sleep(1100);

        long start = System.nanoTime();
        for (int read = 0; read < 5; read++) {
            assertThat(signedIn.as(admin, () -> smtpUsers.list(id, false))).as("the old copy, at once").isSameAs(first);
            assertThat(signedIn.as(admin, () -> smtpUsers.listAsync(id, false)).join()).isSameAs(first);
        }
        assertThat(Duration.ofNanos(System.nanoTime() - start)).as("no reader waited for the slow re-list")
                .isLessThan(Duration.ofMillis(SLOW_SENDCLEAN_MILLIS));

        await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(100))
                .until(() -> signedIn.as(admin, () -> smtpUsers.list(id, false)).size() == 4);
        assertThat(listings.count.get() - listedBefore).as("ten stale reads, one re-list").isEqualTo(1);
        SmtpUserSnapshot refreshed = signedIn.as(admin, () -> smtpUsers.list(id, false));
        assertThat(refreshed.fetchedAt()).isAfter(first.fetchedAt());
        assertThat(refreshed.refreshFailure()).isEmpty();
    }

    @Test
    void aFailedBackgroundReListKeepsServingTheOldCopyAndSaysSo() throws Exception {
        var globex = sandboxTenants.create("Globex", 2);
        var id = globex.tenant().id();
        String admin = globex.admin().username();
        SmtpUserSnapshot first = signedIn.as(admin, () -> smtpUsers.list(id, false));

        sandbox.setFaults(globex.ownerId(), SandboxFaults.failing(SandboxFaults.Fault.HTTP_500_HTML));
        Thread.sleep(1100);
        assertThat(signedIn.as(admin, () -> smtpUsers.findSharedCopyKeptFresh(id))).containsSame(first);

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> signedIn.as(admin, () -> smtpUsers.list(id, false)).refreshFailure().isPresent());
        SmtpUserSnapshot kept = signedIn.as(admin, () -> smtpUsers.list(id, false));
        assertThat(kept.fetchedAt()).as("still the old listing").isEqualTo(first.fetchedAt());
        assertThat(kept.size()).isEqualTo(2);
        assertThat(kept.refreshFailure().orElseThrow().message()).isNotBlank();
    }
}

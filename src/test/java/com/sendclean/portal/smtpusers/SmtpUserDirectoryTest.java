package com.sendclean.portal.smtpusers;

import com.sendclean.portal.sendclean.SmtpUser;
import com.sendclean.portal.sendclean.SmtpUserStatus;
import com.sendclean.portal.tenant.TenantId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shared copy under a stream of edits: a change confirmed while the tenant is being listed must not throw the
 * listing away (every screen would list again, and the next edit would throw that listing away too).
 */
class SmtpUserDirectoryTest {

    private static final TenantId ACME = new TenantId(1);

    private final SmtpUserDirectory directory = new SmtpUserDirectory(Duration.ofMinutes(10),
            new SmtpUserCopyRefresher(Duration.ofMinutes(5), SecurityContextHolder.getContextHolderStrategy()));

    private static SmtpUserSnapshot listing(int totalLimit) {
        return new SmtpUserSnapshot(List.of(new SmtpUser("smtp1", "secret", SmtpUserStatus.ENABLED, totalLimit, 10),
                new SmtpUser("smtp2", "secret", SmtpUserStatus.ENABLED, 500, 10)), Instant.now());
    }

    @Test
    void anEditConfirmedWhileTheTenantIsListedIsAppliedToTheListingWhichIsKept() throws Exception {
        var listingStarted = new CountDownLatch(1);
        var answer = new CountDownLatch(1);
        CompletableFuture<SmtpUserSnapshot> reader = CompletableFuture.supplyAsync(() -> directory.get(ACME, tenant -> {
            listingStarted.countDown();
            await(answer);
            return listing(100); // SendClean read the row before the edit reached it
        }));
        assertThat(listingStarted.await(5, TimeUnit.SECONDS)).isTrue();

        long version = directory.update(ACME, "smtp1", user -> user.withLimits(250, user.hourlyLimit()), "ann");
        answer.countDown();

        assertThat(reader.get(5, TimeUnit.SECONDS).find("smtp1").orElseThrow().totalLimit()).isEqualTo(250);
        SmtpUserSnapshot held = directory.current(ACME).orElseThrow(() -> new AssertionError("the listing was dropped"));
        assertThat(held.find("smtp1").orElseThrow().totalLimit()).isEqualTo(250);
        assertThat(held.version("smtp1")).isEqualTo(version);
        assertThat(held.find("smtp2").orElseThrow().totalLimit()).isEqualTo(500);
    }

    @Test
    void anotherInstancesEditIsAppliedInPlaceButNeverOverAChangeMadeHereLater() {
        directory.get(ACME, tenant -> listing(100));
        long here = directory.update(ACME, "smtp2", user -> user.withLimits(700, user.hourlyLimit()), "ann");

        directory.applyFromElsewhere(ACME, "smtp1", user -> user.withLimits(300, user.hourlyLimit()), here + 5, "bob");
        directory.applyFromElsewhere(ACME, "smtp2", user -> user.withLimits(999, user.hourlyLimit()), here - 1, "bob");

        SmtpUserSnapshot held = directory.current(ACME).orElseThrow();
        assertThat(held.find("smtp1").orElseThrow().totalLimit()).isEqualTo(300);
        assertThat(held.version("smtp1")).isEqualTo(here + 5);
        assertThat(held.find("smtp2").orElseThrow().totalLimit()).as("the later change made here").isEqualTo(700);
        assertThat(directory.nextVersion()).as("this instance's clock moved past the other's").isGreaterThan(here + 5);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

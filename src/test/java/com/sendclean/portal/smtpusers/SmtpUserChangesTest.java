package com.sendclean.portal.smtpusers;

import com.sendclean.portal.tenant.TenantId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Open screens share one re-list per tenant after a change from elsewhere, however many of them ask. */
class SmtpUserChangesTest {

    private final SmtpUserChanges changes = new SmtpUserChanges(Duration.ofSeconds(30));
    private final TenantId acme = new TenantId(1);
    private final TenantId globex = new TenantId(2);

    @AfterEach
    void stop() {
        changes.stopTicking();
    }

    @Test
    void twoHundredScreensAskingWhileAListingIsUnderWayShareThatOneListing() {
        var started = new AtomicInteger();
        var listing = new CompletableFuture<SmtpUserSnapshot>();
        List<CompletableFuture<SmtpUserSnapshot>> asked = IntStream.range(0, 200)
                .mapToObj(screen -> changes.relistOnce(acme, () -> {
                    started.incrementAndGet();
                    return listing;
                }))
                .toList();
        assertThat(started).hasValue(1);

        var listed = new SmtpUserSnapshot(List.of(), Instant.now());
        listing.complete(listed);
        assertThat(asked).allSatisfy(future -> assertThat(future).isCompletedWithValue(listed));
    }

    @Test
    void aFinishedOrFailedListingIsNotReusedAndTenantsDoNotShareListings() {
        var started = new AtomicInteger();
        changes.relistOnce(acme, () -> {
            started.incrementAndGet();
            return CompletableFuture.failedFuture(new IllegalStateException("SendClean is down"));
        });
        var again = changes.relistOnce(acme, () -> {
            started.incrementAndGet();
            return new CompletableFuture<>();
        });
        changes.relistOnce(globex, () -> {
            started.incrementAndGet();
            return new CompletableFuture<>();
        });
        assertThat(started).hasValue(3);
        assertThat(again).isNotDone();
    }
}

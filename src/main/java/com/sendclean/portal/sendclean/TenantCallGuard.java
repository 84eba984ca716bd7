package com.sendclean.portal.sendclean;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.bulkhead.BulkheadRegistry;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Each SendClean call within its tenant's bulkhead and an overall deadline. The call runs on a virtual thread of its
 * own, so when the deadline passes it is interrupted, which closes its socket; the caller's thread is free at the
 * deadline whatever SendClean does.
 */
final class TenantCallGuard {

    private static final Logger log = LoggerFactory.getLogger(TenantCallGuard.class);

    private final BulkheadRegistry bulkheads;
    private final Duration deadline;

    TenantCallGuard(int maxConcurrentCalls, Duration deadline) {
        // a few calls per tenant at once: one tenant's hanging SendClean holds at most this many of the portal's
        // threads, whatever its users click. A further call waits briefly (many sessions editing one healthy tenant
        // queue for milliseconds), then is refused, so a hanging tenant's waiters give their threads back quickly.
        this.bulkheads = BulkheadRegistry.of(BulkheadConfig.custom()
                .maxConcurrentCalls(Math.max(1, maxConcurrentCalls))
                .maxWaitDuration(Duration.ofMillis(500))
                .build());
        this.deadline = deadline;
    }

    <T> T run(SendCleanCall call, SendCleanAccount account, Supplier<T> work) {
        Bulkhead bulkhead = bulkheads.bulkhead("tenant-" + account.tenantKey());
        if (!bulkhead.tryAcquirePermission()) {
            log.info("SendClean {} for tenant {}: not tried, {} calls are under way", call.wireName(),
                    account.tenantKey(), bulkhead.getBulkheadConfig().getMaxConcurrentCalls());
            throw SendCleanException.busy();
        }
        var result = new CompletableFuture<T>();
        Thread worker = Thread.ofVirtual().name("sendclean-" + call.wireName()).start(() -> {
            try {
                result.complete(work.get());
            } catch (Throwable failure) {
                result.completeExceptionally(failure);
            } finally {
                bulkhead.onComplete();
            }
        });
        try {
            return result.get(deadline.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException late) {
            worker.interrupt();
            log.info("SendClean {} for tenant {}: no answer within the call deadline of {}", call.wireName(),
                    account.tenantKey(), deadline);
            throw call.outcomeUnknownOnTimeout() ? SendCleanException.outcomeUnknown(call.whatMayHaveHappened())
                    : SendCleanException.deadlinePassed();
        } catch (InterruptedException interrupted) {
            worker.interrupt();
            Thread.currentThread().interrupt();
            throw call.outcomeUnknownOnTimeout() ? SendCleanException.outcomeUnknown(call.whatMayHaveHappened())
                    : SendCleanException.unreachable();
        } catch (ExecutionException failed) {
            if (failed.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (failed.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("SendClean call failed", failed.getCause());
        }
    }
}

package com.sendclean.portal.smtpusers;

import com.sendclean.portal.tenant.TenantId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.concurrent.DelegatingSecurityContextExecutor;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/**
 * Re-lists a tenant's shared copy in the background once a reader finds it older than
 * {@code portal.smtp-users.refresh-after}, at most one re-list per tenant at a time. The re-list runs on a thread of
 * its own with the reader's security context (so the service's tenant checks hold there too), never inside a lock of
 * the cache; the SendClean call itself goes through the tenant's bulkhead and the call deadline like every call.
 */
@Component
class SmtpUserCopyRefresher implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(SmtpUserCopyRefresher.class);

    private final Duration refreshAfter;
    private final Clock clock;
    private final Set<TenantId> underWay = ConcurrentHashMap.newKeySet();
    private final ExecutorService threads =
            Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("smtp-users-refresh-", 0).factory());
    private final Executor executor;

    SmtpUserCopyRefresher(@Value("${portal.smtp-users.refresh-after:30s}") Duration refreshAfter,
                          SecurityContextHolderStrategy security) {
        this.refreshAfter = refreshAfter;
        this.clock = Clock.systemUTC();
        var secured = new DelegatingSecurityContextExecutor(threads);
        secured.setSecurityContextHolderStrategy(security);
        this.executor = secured;
    }

    /** Whether the copy is old enough to list again: since it was listed, or since re-listing it last failed. */
    boolean isDue(SmtpUserSnapshot copy) {
        Instant since = copy.refreshFailure().map(SmtpUserSnapshot.RefreshFailure::at)
                .filter(failedAt -> failedAt.isAfter(copy.fetchedAt())).orElse(copy.fetchedAt());
        return !clock.instant().isBefore(since.plus(refreshAfter));
    }

    /**
     * Lists the tenant again in the background unless a re-list is already under way; hands the new copy, or the old
     * one marked as failed to refresh, to the directory, which keeps it only if the copy it replaces is still held.
     */
    void refresh(TenantId tenant, SmtpUserSnapshot stale, Function<TenantId, SmtpUserSnapshot> loader,
                 Consumer<SmtpUserSnapshot> fresh, Consumer<SmtpUserSnapshot> failed) {
        if (!underWay.add(tenant)) {
            return;
        }
        try {
            executor.execute(() -> {
                try {
                    fresh.accept(loader.apply(tenant));
                } catch (RuntimeException failure) {
                    log.info("Re-listing the SMTP users of tenant {} in the background failed; the copy listed at {} "
                            + "stays: {}", tenant, stale.fetchedAt(), failure.toString());
                    failed.accept(stale.withRefreshFailure(new SmtpUserSnapshot.RefreshFailure(clock.instant(),
                            FailureMessages.of(failure))));
                } finally {
                    underWay.remove(tenant);
                }
            });
        } catch (RuntimeException rejected) {
            underWay.remove(tenant);
            log.info("Could not start re-listing tenant {} in the background: {}", tenant, rejected.toString());
        }
    }

    @Override
    public void destroy() {
        threads.shutdownNow();
    }
}

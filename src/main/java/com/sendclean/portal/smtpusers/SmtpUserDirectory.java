package com.sendclean.portal.smtpusers;

import java.util.concurrent.CancellationException;
import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.sendclean.portal.sendclean.SmtpUser;
import com.sendclean.portal.tenant.TenantId;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * One copy of each tenant's listSmtp result, shared by every session on that tenant. Concurrent sessions opening the
 * same tenant wait for one SendClean call instead of making one each (single flight). The call runs in the thread
 * that asked first, outside any lock of the cache: the cache only ever holds a future, so a slow tenant never blocks
 * another tenant's entry. The portal's own changes update the copy at once.
 * <p>
 * Stale while revalidating: a reader who finds the copy older than {@code refresh-after} gets it at once, and one
 * re-list starts in the background (see {@link SmtpUserCopyRefresher}); its answer replaces the copy. Only a copy nobody
 * read for {@code cache-ttl} expires, so only then does a reader wait for SendClean. A failed re-list keeps the copy
 * and marks it ({@link SmtpUserSnapshot#refreshFailure()}), and is tried again {@code refresh-after} later.
 */
@Component
class SmtpUserDirectory {

    private final AsyncCache<TenantId, SmtpUserSnapshot> snapshots;
    private final AtomicLong clock = new AtomicLong();
    private final SmtpUserCopyRefresher refresher;

    SmtpUserDirectory(@Value("${portal.smtp-users.cache-ttl:10m}") Duration timeToLive,
                      SmtpUserCopyRefresher refresher) {
        this.refresher = refresher;
        this.snapshots = Caffeine.newBuilder()
                .expireAfterWrite(timeToLive)
                .maximumSize(10_000)
                .buildAsync();
    }

    /** The shared copy, listing it first when none is held or being listed. */
    SmtpUserSnapshot get(TenantId tenant, Function<TenantId, SmtpUserSnapshot> loader) {
        var mine = new CompletableFuture<SmtpUserSnapshot>();
        CompletableFuture<SmtpUserSnapshot> current = snapshots.asMap().putIfAbsent(tenant, mine);
        if (current == null) {
            return load(tenant, mine, loader);
        }
        refreshIfDue(tenant, current, loader);
        return await(current);
    }

    /** Starts a background re-list when the held copy is old enough; the reader keeps the copy it found. */
    private void refreshIfDue(TenantId tenant, CompletableFuture<SmtpUserSnapshot> held,
                              Function<TenantId, SmtpUserSnapshot> loader) {
        completed(held).filter(refresher::isDue).ifPresent(stale -> refresher.refresh(tenant, stale, loader,
                fresh -> snapshots.asMap().replace(tenant, held, CompletableFuture.completedFuture(fresh)),
                failed -> snapshots.asMap().replace(tenant, held, CompletableFuture.completedFuture(failed))));
    }

    /**
     * The shared copy, or the listing under way, as a future that a caller can wait for without holding a thread;
     * when neither exists, this thread lists (outside every lock) and the future it returns is complete.
     */
    CompletableFuture<SmtpUserSnapshot> getAsync(TenantId tenant, boolean refresh,
                                                 Function<TenantId, SmtpUserSnapshot> loader) {
        while (true) {
            CompletableFuture<SmtpUserSnapshot> current = snapshots.asMap().get(tenant);
            if (current != null && (!current.isDone() || !refresh)) {
                refreshIfDue(tenant, current, loader);
                return revealed(current);
            }
            var mine = new CompletableFuture<SmtpUserSnapshot>();
            boolean placed = current == null
                    ? snapshots.asMap().putIfAbsent(tenant, mine) == null
                    : snapshots.asMap().replace(tenant, current, mine);
            if (placed) {
                try {
                    load(tenant, mine, loader);
                } catch (RuntimeException | Error failure) {
                    // the future carries it to every waiter
                }
                return revealed(mine);
            }
        }
    }

    /** A new listing, unless one is already under way, whose answer is then shared. */
    SmtpUserSnapshot reload(TenantId tenant, Function<TenantId, SmtpUserSnapshot> loader) {
        while (true) {
            CompletableFuture<SmtpUserSnapshot> current = snapshots.asMap().get(tenant);
            if (current != null && !current.isDone()) {
                return await(current);
            }
            var mine = new CompletableFuture<SmtpUserSnapshot>();
            boolean placed = current == null
                    ? snapshots.asMap().putIfAbsent(tenant, mine) == null
                    : snapshots.asMap().replace(tenant, current, mine);
            if (placed) {
                return load(tenant, mine, loader);
            }
        }
    }

    /**
     * Applies the portal's own confirmed change to the copy and returns the row's new version. A listing still under
     * way may hold the value from before the change, so the change is applied to its answer when it arrives (dropping
     * it instead made every screen list again, and under a stream of edits each new listing was dropped in turn).
     */
    long update(TenantId tenant, String name, UnaryOperator<SmtpUser> change, String by) {
        long version = nextVersion();
        change(tenant, snapshot -> snapshot.with(name, change, version, by));
        return version;
    }

    /**
     * Applies another instance's confirmed change to this instance's copy, with that instance's version, unless the
     * copy records a change of the row through this portal at that version or later (the later change stays). A
     * listing under way gets it when it arrives, as with {@link #update}.
     */
    void applyFromElsewhere(TenantId tenant, String name, UnaryOperator<SmtpUser> change, long version, String by) {
        clock.accumulateAndGet(version, Math::max);
        change(tenant, snapshot -> snapshot.find(name).isEmpty()
                || snapshot.lastChange(name).map(known -> known.version() >= version).orElse(false)
                ? snapshot : snapshot.with(name, change, version, by));
    }

    /** Replaces the held copy, or the listing under way, by one with the change; nothing when none is held. */
    private void change(TenantId tenant, UnaryOperator<SmtpUserSnapshot> change) {
        while (true) {
            CompletableFuture<SmtpUserSnapshot> current = snapshots.asMap().get(tenant);
            if (current == null) {
                return;
            }
            CompletableFuture<SmtpUserSnapshot> changed;
            if (current.isDone()) {
                Optional<SmtpUserSnapshot> held = completed(current);
                if (held.isEmpty()) {
                    return; // a failed listing, which goes by itself
                }
                changed = CompletableFuture.completedFuture(change.apply(held.get()));
            } else {
                var next = new CompletableFuture<SmtpUserSnapshot>();
                current.whenComplete((listed, failure) -> {
                    if (failure != null) {
                        snapshots.asMap().remove(tenant, next);
                        next.completeExceptionally(failure);
                    } else {
                        next.complete(change.apply(listed));
                    }
                });
                changed = next;
            }
            if (snapshots.asMap().replace(tenant, current, changed)) {
                return;
            }
        }
    }

    /** The shared copy as it is, without asking SendClean; empty when none is held. */
    Optional<SmtpUserSnapshot> current(TenantId tenant) {
        CompletableFuture<SmtpUserSnapshot> future = snapshots.asMap().get(tenant);
        return future == null ? Optional.empty() : completed(future);
    }

    /**
     * The shared copy as it is, never waiting for SendClean, and a background re-list when it is old enough: what an
     * open screen asks now and then, so the copy stays fresh while someone looks at it.
     */
    Optional<SmtpUserSnapshot> currentRefreshing(TenantId tenant, Function<TenantId, SmtpUserSnapshot> loader) {
        CompletableFuture<SmtpUserSnapshot> future = snapshots.asMap().get(tenant);
        if (future == null) {
            return Optional.empty();
        }
        refreshIfDue(tenant, future, loader);
        return completed(future);
    }

    /** The user as the shared copy holds it, without asking SendClean; empty when no copy is held. */
    Optional<SmtpUser> peek(TenantId tenant, String name) {
        return current(tenant).flatMap(snapshot -> snapshot.find(name));
    }

    void forget(TenantId tenant) {
        snapshots.synchronous().invalidate(tenant);
    }

    /** A version later than every one this instance gave out, and close to the clock so instances roughly agree. */
    long nextVersion() {
        return clock.updateAndGet(last -> Math.max(last + 1, System.currentTimeMillis()));
    }

    private SmtpUserSnapshot load(TenantId tenant, CompletableFuture<SmtpUserSnapshot> mine,
                                  Function<TenantId, SmtpUserSnapshot> loader) {
        try {
            SmtpUserSnapshot loaded = loader.apply(tenant);
            mine.complete(loaded);
            // changes confirmed while it was listed have been applied to the copy now held (see change)
            CompletableFuture<SmtpUserSnapshot> held = snapshots.asMap().get(tenant);
            return held == null ? loaded : completed(held).orElse(loaded);
        } catch (RuntimeException | Error failure) {
            snapshots.asMap().remove(tenant, mine);
            mine.completeExceptionally(new FailedListing(failure));
            throw failure;
        }
    }

    /**
     * A listing's failure as the cached future carries it. Caffeine logs every failed future with its stack trace
     * unless it was cancelled; a failed listing (no credentials, SendClean down) is an answer for the screen, not
     * something to log on every opening, so it travels as a cancellation and is unwrapped for the callers.
     */
    private static final class FailedListing extends CancellationException {
        private final Throwable failure;

        FailedListing(Throwable failure) {
            this.failure = failure;
        }
    }

    private static CompletableFuture<SmtpUserSnapshot> revealed(CompletableFuture<SmtpUserSnapshot> future) {
        return future.exceptionallyCompose(failure -> CompletableFuture.failedFuture(unwrap(failure)));
    }

    private static Throwable unwrap(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        return cause instanceof FailedListing listing ? listing.failure : cause;
    }

    private static SmtpUserSnapshot await(CompletableFuture<SmtpUserSnapshot> future) {
        try {
            return future.join();
        } catch (CompletionException | CancellationException failure) {
            if (unwrap(failure) instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (unwrap(failure) instanceof Error error) {
                throw error;
            }
            throw failure;
        }
    }

    private static Optional<SmtpUserSnapshot> completed(CompletableFuture<SmtpUserSnapshot> future) {
        return future.isDone() && !future.isCompletedExceptionally() ? Optional.of(future.join()) : Optional.empty();
    }

    /** Drops every copy, when changes made on other instances may have been missed. */
    void forgetAll() {
        snapshots.synchronous().invalidateAll();
    }
}

package com.sendclean.portal.smtpusers;

import com.sendclean.portal.tenant.TenantId;
import com.vaadin.flow.shared.Registration;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import jakarta.annotation.PreDestroy;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Hands {@link SmtpUserChanged} events, published locally or re-published from another instance, to the screens open
 * on that tenant. Each open screen registers while it is attached and removes its registration on detach, so no
 * listener outlives its screen; nothing here calls SendClean. It also owns what the open screens share: one ticker
 * thread for their age lines, and one re-list per tenant when a change from elsewhere dropped the copy (without it,
 * every open screen queued a listing task of its own, and 200 screens of one tenant filled the task pool until users'
 * own saves were refused).
 */
@Component
public class SmtpUserChanges {

    private final Map<TenantId, Set<Consumer<SmtpUserChanged>>> listeners = new ConcurrentHashMap<>();
    private final Map<TenantId, CompletableFuture<SmtpUserSnapshot>> relisting = new ConcurrentHashMap<>();
    private final ScheduledExecutorService ticks = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("smtp-users-age").factory());
    private final Duration lookEvery;

    SmtpUserChanges(@Value("${portal.smtp-users.refresh-after:30s}") Duration refreshAfter) {
        // often enough that a copy on screen is re-listed when due and its age line is at most 30 s behind
        this.lookEvery = refreshAfter.compareTo(Duration.ofSeconds(30)) < 0 ? refreshAfter : Duration.ofSeconds(30);
    }

    /** How often an open screen looks at its tenant's shared copy ({@link SmtpUserService#findSharedCopyKeptFresh}). */
    public Duration lookEvery() {
        return lookEvery;
    }

    /** Runs {@code tick} every {@link #lookEvery()} on the shared ticker thread until the returned future is cancelled. */
    public ScheduledFuture<?> tickEvery(Runnable tick) {
        long every = Math.max(100, lookEvery.toMillis());
        return ticks.scheduleWithFixedDelay(tick, every, every, TimeUnit.MILLISECONDS);
    }

    /**
     * The re-list of the tenant under way on this instance, or a new one that {@code start} begins; every screen that
     * asks meanwhile gets the same future, so a change from elsewhere costs one listing task, not one per screen.
     */
    public CompletableFuture<SmtpUserSnapshot> relistOnce(TenantId tenant,
                                                          Supplier<CompletableFuture<SmtpUserSnapshot>> start) {
        var mine = new CompletableFuture<SmtpUserSnapshot>();
        CompletableFuture<SmtpUserSnapshot> underWay = relisting.putIfAbsent(tenant, mine);
        if (underWay != null) {
            return underWay;
        }
        try {
            start.get().whenComplete((listed, failure) -> {
                relisting.remove(tenant, mine);
                if (failure == null) {
                    mine.complete(listed);
                } else {
                    mine.completeExceptionally(failure);
                }
            });
        } catch (RuntimeException failure) {
            relisting.remove(tenant, mine);
            mine.completeExceptionally(failure);
        }
        return mine;
    }

    @PreDestroy
    void stopTicking() {
        ticks.shutdownNow();
    }

    public Registration subscribe(TenantId tenant, Consumer<SmtpUserChanged> listener) {
        listeners.computeIfAbsent(tenant, key -> new CopyOnWriteArraySet<>()).add(listener);
        return () -> listeners.computeIfPresent(tenant, (key, set) -> {
            set.remove(listener);
            return set.isEmpty() ? null : set;
        });
    }

    @EventListener
    void on(SmtpUserChanged change) {
        Set<Consumer<SmtpUserChanged>> forTenant = listeners.get(change.tenant());
        if (forTenant != null) {
            forTenant.forEach(listener -> listener.accept(change));
        }
    }

    /** How many screens listen to the tenant; for tests that check registrations do not pile up. */
    public int listenerCount(TenantId tenant) {
        Set<Consumer<SmtpUserChanged>> forTenant = listeners.get(tenant);
        return forTenant == null ? 0 : forTenant.size();
    }
}

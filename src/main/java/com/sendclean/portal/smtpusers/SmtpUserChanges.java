package com.sendclean.portal.smtpusers;

import com.sendclean.portal.tenant.TenantId;
import com.vaadin.flow.shared.Registration;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.Consumer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Hands {@link SmtpUserChanged} events, published locally or re-published from another instance, to the screens open
 * on that tenant. Each open screen registers while it is attached and removes its registration on detach, so no
 * listener outlives its screen; nothing here calls SendClean.
 */
@Component
public class SmtpUserChanges {

    private final Map<TenantId, Set<Consumer<SmtpUserChanged>>> listeners = new ConcurrentHashMap<>();
    private final Duration lookEvery;

    SmtpUserChanges(@Value("${portal.smtp-users.refresh-after:30s}") Duration refreshAfter) {
        // often enough that a copy on screen is re-listed when due and its age line is at most 30 s behind
        this.lookEvery = refreshAfter.compareTo(Duration.ofSeconds(30)) < 0 ? refreshAfter : Duration.ofSeconds(30);
    }

    /** How often an open screen looks at its tenant's shared copy ({@link SmtpUserService#findSharedCopyKeptFresh}). */
    public Duration lookEvery() {
        return lookEvery;
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

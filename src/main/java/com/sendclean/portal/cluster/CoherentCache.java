package com.sendclean.portal.cluster;

import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A small read-through cache of database rows whose every change is announced: by the instance that made it, which
 * calls {@link #forget}, and by the other instances' {@link ClusterEvent}s, on which the owner calls {@link #forget}
 * too. A value is kept only while this instance listens without a break ({@link ClusterListening}); while it does not,
 * every read goes to the database, so a change that could not be heard is never hidden.
 *
 * <p>Reads run outside any lock of the map (the loader may query the database); a value read while a change was
 * being forgotten is not kept, so a read that raced with a change cannot put the old value back.
 */
public final class CoherentCache<K, V> {

    private record Held<V>(V value, long stretch) {}

    private final ClusterListening listening;
    private final Map<K, Held<V>> held = new ConcurrentHashMap<>();
    /** Moves on every forget, so that a read begun before it does not keep what it read. */
    private final AtomicLong forgets = new AtomicLong();

    public CoherentCache(ClusterListening listening) {
        this.listening = listening;
    }

    /** The value held for the key, or what {@code read} gives now (kept if nothing changed while reading). */
    public V get(K key, Function<K, V> read) {
        OptionalLong stretch = listening.stretch();
        if (stretch.isEmpty()) {
            forgetAllNow();
            return read.apply(key);
        }
        Held<V> known = held.get(key);
        if (known != null && known.stretch() == stretch.getAsLong()) {
            return known.value();
        }
        long forgetsBefore = forgets.get();
        V value = read.apply(key);
        held.compute(key, (k, current) -> forgets.get() == forgetsBefore
                && listening.stretch().equals(stretch) ? new Held<>(value, stretch.getAsLong()) : current);
        return value;
    }

    /**
     * Drops the key now and, inside a transaction, again when it ends: a read between the change and its commit
     * still sees the old row and must not keep it. Call it after the write, never before: a read between a forget
     * and the write would keep the old row.
     */
    public void forget(K key) {
        forgetNow(key);
        afterTransaction(() -> forgetNow(key));
    }

    /** Drops everything, now and when the current transaction ends (see {@link #forget}). */
    public void forgetAll() {
        forgetAllNow();
        afterTransaction(this::forgetAllNow);
    }

    private void forgetNow(K key) {
        forgets.incrementAndGet();
        held.remove(key);
    }

    private void forgetAllNow() {
        forgets.incrementAndGet();
        held.clear();
    }

    private static void afterTransaction(Runnable again) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    again.run();
                }
            });
        }
    }
}

package com.sendclean.portal.cluster;

import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import static org.assertj.core.api.Assertions.assertThat;

class CoherentCacheTest {

    private final AtomicReference<OptionalLong> stretch = new AtomicReference<>(OptionalLong.of(1));
    private final CoherentCache<String, String> cache = new CoherentCache<>(stretch::get);
    private final AtomicInteger reads = new AtomicInteger();
    private String row = "old";

    private String read(String key) {
        reads.incrementAndGet();
        return row;
    }

    @Test
    void keepsWhatItReadWhileThisInstanceListens() {
        cache.get("acme", this::read);
        row = "changed without telling";

        assertThat(cache.get("acme", this::read)).isEqualTo("old");
        assertThat(reads).hasValue(1);
    }

    @Test
    void readsTheDatabaseEveryTimeWhileTheOtherInstancesAreNotHeard() {
        stretch.set(OptionalLong.empty());
        cache.get("acme", this::read);
        row = "changed on another instance";

        assertThat(cache.get("acme", this::read)).isEqualTo("changed on another instance");
        assertThat(reads).hasValue(2);
    }

    @Test
    void forgetsEverythingReadBeforeTheConnectionWasLostAndRegained() {
        cache.get("acme", this::read);
        row = "changed while the connection was down";
        stretch.set(OptionalLong.of(2));

        assertThat(cache.get("acme", this::read)).isEqualTo("changed while the connection was down");
    }

    @Test
    void aForgottenKeyIsReadAgain() {
        cache.get("acme", this::read);
        row = "new";
        cache.forget("acme");

        assertThat(cache.get("acme", this::read)).isEqualTo("new");
    }

    @Test
    void aReadThatRacedWithAChangeDoesNotKeepTheOldRow() {
        String raced = cache.get("acme", key -> {
            String old = row;
            row = "new"; // the change commits and is forgotten while this read is under way
            cache.forget("acme");
            return old;
        });
        assertThat(raced).isEqualTo("old");

        assertThat(cache.get("acme", this::read)).isEqualTo("new");
    }

    @Test
    void aChangeInsideATransactionIsForgottenAgainWhenItEnds() {
        TransactionSynchronizationManager.initSynchronization();
        try {
            row = "uncommitted";
            cache.forget("acme");
            cache.get("acme", this::read); // a reader that saw the row before the commit
            row = "rolled back";
            for (TransactionSynchronization synchronization : TransactionSynchronizationManager.getSynchronizations()) {
                synchronization.afterCompletion(TransactionSynchronization.STATUS_ROLLED_BACK);
            }
        } finally {
            TransactionSynchronizationManager.clearSynchronization();
        }

        assertThat(cache.get("acme", this::read)).isEqualTo("rolled back");
    }
}

package com.sendclean.portal.ui;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BatchedAccessTest {

    private record Delivery(List<String> batch, Thread thread) {}

    @Test
    void resultsThatArriveTogetherAreShownInOneAccessOnAThreadOfItsOwnNotThePublishers() throws Exception {
        var delivered = new CompletableFuture<Delivery>();
        var batches = new BatchedAccess<String>(Runnable::run, Duration.ofMillis(500),
                batch -> delivered.complete(new Delivery(batch, Thread.currentThread())));

        batches.add("acme");
        batches.add("globex");
        batches.add("initech");

        Delivery delivery = delivered.get(5, TimeUnit.SECONDS);
        assertThat(delivery.batch()).containsExactly("acme", "globex", "initech");
        assertThat(delivery.thread()).isNotSameAs(Thread.currentThread());
        assertThat(delivery.thread().isVirtual()).as("one cheap thread per batch").isTrue();
    }
}

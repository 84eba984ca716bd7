package com.sendclean.portal.ui;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BatchedAccessTest {

    private record Delivery(List<String> batch, Thread thread) {}

    @Test
    void resultsThatArriveTogetherAreShownInOneAccessOnAThreadOfItsOwnNotThePublishers() throws Exception {
        var delivered = new CompletableFuture<Delivery>();
        var batches = new BatchedAccess<String>(Runnable::run, () -> Duration.ofMillis(500),
                batch -> delivered.complete(new Delivery(batch, Thread.currentThread())));

        batches.add("acme");
        batches.add("globex");
        batches.add("initech");

        Delivery delivery = delivered.get(5, TimeUnit.SECONDS);
        assertThat(delivery.batch()).containsExactly("acme", "globex", "initech");
        assertThat(delivery.thread()).isNotSameAs(Thread.currentThread());
        assertThat(delivery.thread().isVirtual()).as("one cheap thread per batch").isTrue();
    }

    @Test
    void eachBatchAsksForItsWindowWhenItStartsAndWaitsThatLong() throws Exception {
        var windows = new ArrayDeque<>(List.of(Duration.ZERO, Duration.ofMillis(600)));
        var delivered = new LinkedBlockingQueue<List<String>>();
        var batches = new BatchedAccess<String>(Runnable::run, windows::poll, delivered::add);

        batches.add("acme");
        assertThat(delivered.poll(5, TimeUnit.SECONDS)).containsExactly("acme");
        long secondStart = System.nanoTime();
        batches.add("globex");
        batches.add("initech");
        List<String> second = delivered.poll(5, TimeUnit.SECONDS);
        long waited = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - secondStart);

        assertThat(windows).as("one window asked for per batch, not per result").isEmpty();
        assertThat(second).containsExactly("globex", "initech");
        assertThat(waited).as("the second batch held its results for the window it was given").isGreaterThanOrEqualTo(600);
    }
}

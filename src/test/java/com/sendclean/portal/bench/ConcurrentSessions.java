package com.sendclean.portal.bench;

import com.sendclean.portal.bench.driver.SmtpUsersScreenDriver;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * Figure 4: sessions that each edit a limit, then switch a status, then edit again, all at the same time for a fixed
 * period, each action counted when its pushed confirmation arrives. A pause after each action stands for the person
 * reading the result; with no pause the same load measures how much the portal can take.
 */
final class ConcurrentSessions {

    /** What one level of load gave: round trips, confirmed actions per second in each window, and errors. */
    record Level(int sessions, List<Double> roundTripMillis, List<Double> actionsPerSecond, int errors,
            List<String> firstErrors, CpuAccounting.Usage cpu) {}

    private record Sample(long atNanos, double millis) {}

    private static final Duration WINDOW = Duration.ofSeconds(5);

    private final Duration warmUp;
    private final Duration period;
    private final Duration meanPause;

    ConcurrentSessions(Duration warmUp, Duration period, Duration meanPause) {
        this.warmUp = warmUp;
        this.period = period;
        this.meanPause = meanPause;
    }

    Level run(List<ScreenSessions.Tab> tabs) {
        return run(tabs, List.of());
    }

    /**
     * Like {@link #run(List)}; a session beyond the grid's first page searches its own user among {@code userNames}
     * first, so no two sessions edit the same row (the screen would rightly ask one of them to confirm a save over
     * the other's change, and the benchmark would count a timeout).
     */
    Level run(List<ScreenSessions.Tab> tabs, List<String> userNames) {
        return run(tabs, userNames, null);
    }

    /** Like {@link #run(List, List)}, and reads where the CPU time went during the measured period. */
    Level run(List<ScreenSessions.Tab> tabs, List<String> userNames, CpuAccounting cpu) {
        List<Sample> samples = Collections.synchronizedList(new ArrayList<>());
        List<String> errors = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger errorCount = new AtomicInteger();
        long start = System.nanoTime();
        long measureFrom = start + warmUp.toNanos();
        long end = measureFrom + period.toNanos();
        CpuAccounting.Reading[] readings = new CpuAccounting.Reading[2];
        try (ExecutorService users = Executors.newFixedThreadPool(tabs.size());
             ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor()) {
            if (cpu != null) {
                clock.schedule(() -> readings[0] = cpu.read(), measureFrom - System.nanoTime(), TimeUnit.NANOSECONDS);
                clock.schedule(() -> readings[1] = cpu.read(), end - System.nanoTime(), TimeUnit.NANOSECONDS);
            }
            for (int i = 0; i < tabs.size(); i++) {
                int index = i;
                users.submit(() -> act(tabs.get(index), index, userNames, measureFrom, end, samples, errors, errorCount));
            }
        }
        List<Double> roundTrips = new ArrayList<>();
        int windows = (int) (period.toNanos() / WINDOW.toNanos());
        int[] perWindow = new int[windows];
        synchronized (samples) {
            for (Sample sample : samples) {
                roundTrips.add(sample.millis());
                int window = (int) ((sample.atNanos() - measureFrom) / WINDOW.toNanos());
                if (window < windows) {
                    perWindow[window]++;
                }
            }
        }
        List<Double> throughput = new ArrayList<>();
        for (int count : perWindow) {
            throughput.add(count / (double) WINDOW.toSeconds());
        }
        CpuAccounting.Usage usage = readings[0] != null && readings[1] != null
                ? cpu.between(readings[0], readings[1]) : CpuAccounting.Usage.NONE;
        return new Level(tabs.size(), roundTrips, throughput, errorCount.get(),
                List.copyOf(errors.subList(0, Math.min(5, errors.size()))), usage);
    }

    private void act(ScreenSessions.Tab tab, int index, List<String> userNames, long measureFrom, long end,
            List<Sample> samples, List<String> errors, AtomicInteger errorCount) {
        List<SmtpUsersScreenDriver.SmtpUserRow> rows = tab.firstRows();
        SmtpUsersScreenDriver.SmtpUserRow row;
        if (index < rows.size() || userNames.isEmpty()) {
            row = rows.get(index % rows.size());
        } else {
            Set<String> firstPage = rows.stream().map(SmtpUsersScreenDriver.SmtpUserRow::name).collect(Collectors.toSet());
            List<String> others = userNames.stream().filter(name -> !firstPage.contains(name)).sorted().toList();
            try {
                row = tab.screen().search(others.get(index - rows.size()));
            } catch (RuntimeException failure) {
                errorCount.incrementAndGet();
                errors.add(tab.username() + ": " + failure.getMessage());
                return;
            }
        }
        boolean enabled = row.enabled();
        int action = 0;
        while (System.nanoTime() < end) {
            try {
                Duration roundTrip;
                if (action % 2 == 0) {
                    // unique per session and action, so the screen never skips an edit that changes nothing
                    int value = 3_000_000 + index * 10_000 + action;
                    roundTrip = tab.screen().editLimit(row.name(), SmtpUsersScreenDriver.Limit.TOTAL, value);
                } else {
                    enabled = !enabled;
                    roundTrip = tab.screen().setEnabled(row.name(), enabled);
                }
                long now = System.nanoTime();
                if (now >= measureFrom && now < end) {
                    samples.add(new Sample(now, roundTrip.toNanos() / 1e6));
                }
            } catch (RuntimeException failure) {
                errorCount.incrementAndGet();
                errors.add(tab.username() + ": " + failure.getMessage());
            }
            action++;
            pause();
        }
    }

    private void pause() {
        if (meanPause.isZero()) {
            return;
        }
        long mean = meanPause.toMillis();
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(mean / 2, mean * 3 / 2 + 1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

package com.sendclean.portal.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Figure 3: the portal's heap in use after a full collection (jcmd GC.run, then GC.heap_info) before any benchmark
 * session and after 10, 50 and 100 signed-in sessions each have the 10,000-user grid open on the same tenant.
 */
final class SessionMemory {

    /** Per session count: MB per session in each run, and the live heap in MB with that many sessions open. */
    record Samples(Map<Integer, List<Double>> megabytesPerSession, Map<Integer, List<Double>> liveHeapMegabytes,
            List<Double> baselineMegabytes, List<Double> marginalMegabytesPerSession) {}

    private static final double MB = 1024.0 * 1024.0;

    private final PortalProcess portal;
    private final String baseUrl;

    SessionMemory(PortalProcess portal) {
        this.portal = portal;
        this.baseUrl = portal.baseUrl();
    }

    /**
     * The least of three readings: soft references and caches that a full collection may or may not clear can only
     * add to a reading, and would otherwise be charged to the sessions as a smaller or even negative cost.
     */
    private long baseline() {
        long least = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            least = Math.min(least, portal.liveHeapBytes());
        }
        return least;
    }

    Samples measure(BenchFixtures.SandboxTenant tenant, List<String> operators, int[] sessionCounts, int runs) {
        var samples = new Samples(new LinkedHashMap<>(), new LinkedHashMap<>(), new ArrayList<>(), new ArrayList<>());
        int fewest = Arrays.stream(sessionCounts).min().orElseThrow();
        int most = Arrays.stream(sessionCounts).max().orElseThrow();
        for (int run = 0; run < runs; run++) {
            // one tab outside the count loads the tenant's shared list first, so the baseline holds it as well
            try (var warmUp = new ScreenSessions(baseUrl, tenant.slug());
                    var sessions = new ScreenSessions(baseUrl, tenant.slug())) {
                warmUp.openUntil(1, List.of(operators.getLast()));
                long before = baseline();
                samples.baselineMegabytes().add(before / MB);
                long[] heapAt = new long[most + 1];
                for (int count : sessionCounts) {
                    sessions.openUntil(count, operators);
                    long after = portal.liveHeapBytes();
                    heapAt[count] = after;
                    samples.megabytesPerSession().computeIfAbsent(count, c -> new ArrayList<>())
                            .add((after - before) / MB / count);
                    samples.liveHeapMegabytes().computeIfAbsent(count, c -> new ArrayList<>()).add(after / MB);
                }
                // the slope between the fewest and the most sessions does not depend on the baseline at all
                samples.marginalMegabytesPerSession().add((heapAt[most] - heapAt[fewest]) / MB / (most - fewest));
            }
        }
        return samples;
    }
}

package com.sendclean.portal.bench;

import java.time.Duration;
import java.util.List;

/**
 * Figure 8 (issue 17): two instances of the jar on one schema behind HAProxy with deploy/haproxy.cfg, paced sessions
 * through it, the live-update delay between the instances, then one instance stopped and its sessions signing in
 * again through HAProxy. Each session's instance comes from HAProxy's PORTAL_INSTANCE cookie.
 */
final class ClusterFigure {

    /** Two instances on the one core of the other figures stalled HAProxy's health checks on this busy machine. */
    private static final String BOTH_CORES = "0,1";

    private final PortalStarter starter;
    private final List<CpuAccounting.Part> sharedParts;

    /** @param sharedParts the processes both instances use, for the split of the cores' time */
    ClusterFigure(PortalStarter starter, List<CpuAccounting.Part> sharedParts) {
        this.starter = starter;
        this.sharedParts = List.copyOf(sharedParts);
    }

    void measure(BenchmarkReport report, PortalProcess.Settings settings, BenchFixtures.SandboxTenant tenant,
            List<String> operators, int sessions, int liveUpdates, Duration loadPeriod) {
        // figure 4's 1 s pause, which saturates both cores here (the CPU split says so), then 4 s: half the ~100
        // actions a second the two cores carried in that level, with the instances already warm
        List<Duration> pauses = List.of(Duration.ofSeconds(1), Duration.ofSeconds(4));
        List<ConcurrentSessions> paced = pauses.stream()
                .map(pause -> new ConcurrentSessions(Duration.ofSeconds(5), loadPeriod, pause)).toList();
        var bothCores = settings.onCpus(BOTH_CORES);
        var cluster = new ClusterSessions(name -> starter.start(bothCores, name), settings.workDir())
                .measure(tenant, operators, sessions, paced, liveUpdates, sharedParts);
        for (String instance : List.of("portal1", "portal2")) {
            report.add("8. Share of " + cluster.sessions() + " sessions through HAProxy on " + instance, "%",
                    List.of(100.0 * cluster.sessionsPerInstance().get(instance) / cluster.sessions()), "50 % ± 10 %");
        }
        report.add("8. Times HAProxy's health check marked a running instance DOWN, before the stop", "times",
                List.of((double) cluster.serversMarkedDown()), "0");
        report.add("8. Sessions whose instance changed (cookie) during the run", "sessions",
                List.of((double) cluster.instanceChanges()), "0");
        report.add("8. Requests HAProxy sent elsewhere than their cookie named, before the stop", "requests",
                List.of((double) cluster.misroutedRequests()), "0");
        for (int i = 0; i < pauses.size(); i++) {
            report.addLevel("8", "through HAProxy on two instances, paced, " + pauses.get(i).toSeconds()
                    + " s average pause", cluster.loads().get(i), "p95 ≤ 250 ms, no errors");
        }
        report.add("8. Live-update delay, edit (Enter) on one instance to the change in the other's open grid", "ms",
                cluster.liveUpdateMillis(), "report");
        report.add("8. … the edit's own round trip on its instance", "ms", cluster.editRoundTripMillis(), "report");
        report.add("8. … live-update edits that failed or were not seen", "errors",
                List.of((double) cluster.liveUpdateErrors()), "0");
        if (cluster.liveUpdateErrors() > 0) {
            report.describe("figure 8: first live-update errors: " + cluster.firstLiveUpdateErrors());
        }
        report.add("8. After " + cluster.stopped() + " stopped: its " + cluster.stoppedSessions()
                + " sessions sign in again through HAProxy and see the first rows", "ms", cluster.signInAgainMillis(), "report");
        report.add("8. … sign-in-again errors", "errors", List.of((double) cluster.signInAgainErrors()), "0");
        report.add("8. … sessions now on the other instance", "sessions", List.of((double) cluster.movedToOther()),
                "all " + cluster.stoppedSessions());
        if (cluster.signInAgainErrors() > 0) {
            report.describe("figure 8: first sign-in-again errors: " + cluster.firstErrors());
        }
        report.describe("figure 8: two jars (each -Xmx" + settings.heap() + ", both on CPUs " + BOTH_CORES + ") on one schema"
                + " behind HAProxy with deploy/haproxy.cfg; each session's instance from HAProxy's PORTAL_INSTANCE cookie");
    }
}

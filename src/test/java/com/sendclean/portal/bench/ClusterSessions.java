package com.sendclean.portal.bench;

import com.sendclean.portal.bench.driver.SmtpUsersScreenDriver;
import com.sendclean.portal.bench.driver.VaadinSessionDriver;
import com.sendclean.portal.support.TestTenants;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

import static com.sendclean.portal.support.ChildProcesses.pause;

/**
 * Figure 8 (issue 17 item 7): two portal jars on one database behind HAProxy with deploy/haproxy.cfg. Protocol-driver
 * sessions open the SMTP users screen through HAProxy; the PORTAL_INSTANCE cookie HAProxy inserts names the instance
 * serving each. Then: paced loads like figure 4's through HAProxy, whether any session's instance changed (its cookie,
 * and HAProxy's log of requests that came with a cookie naming a server other than the one that answered), the
 * live-update delay from an edit in a session on one instance to the change in an open grid on the other, and after
 * one instance is stopped (SIGTERM, graceful), each session it served signs in again through HAProxy, still carrying
 * the cookie that names the stopped instance, and opens the screen.
 */
final class ClusterSessions {

    static final String INSTANCE_COOKIE = "PORTAL_INSTANCE";

    record Result(int sessions, Map<String, Integer> sessionsPerInstance, int instanceChanges, long misroutedRequests,
            long serversMarkedDown,
            List<ConcurrentSessions.Level> loads, List<Double> liveUpdateMillis, List<Double> editRoundTripMillis,
            int liveUpdateErrors, List<String> firstLiveUpdateErrors, String stopped, int stoppedSessions, List<Double> signInAgainMillis, int signInAgainErrors,
            int movedToOther, List<String> firstErrors) {}

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    /** Longer than a queued save can wait: the driver's timeout is {@link #TIMEOUT}, the portal's call deadline 15 s. */
    private static final Duration SETTLE = Duration.ofSeconds(30);

    private final Function<String, PortalProcess> startPortal;
    private final Path workDir;

    /** @param startPortal starts a jar the way the benchmark does, by name, on the benchmark's database */
    ClusterSessions(Function<String, PortalProcess> startPortal, Path workDir) {
        this.startPortal = startPortal;
        this.workDir = workDir;
    }

    /** @param sharedParts the processes both instances use (sandbox, PostgreSQL, load generator), for the CPU split */
    Result measure(BenchFixtures.SandboxTenant tenant, List<String> operators, int sessions, List<ConcurrentSessions> loads,
            int liveUpdates, List<CpuAccounting.Part> sharedParts) {
        try (PortalProcess portal1 = startPortal.apply("cluster-portal1");
             PortalProcess portal2 = startPortal.apply("cluster-portal2");
             BenchHaproxy haproxy = BenchHaproxy.start(workDir, portal1.baseUrl(), portal2.baseUrl());
             ScreenSessions screens = new ScreenSessions(haproxy.baseUrl(), tenant.slug())) {
            // a fresh JVM answers its first requests slowly; on a busy machine HAProxy's 2 s health check then takes
            // it out (seen in the first run: both servers DOWN, every sign-in 503), so each instance serves a few pages
            // first and HAProxy gets time to see both up again (rise 2 × inter 2 s)
            warmUp(portal1.baseUrl());
            warmUp(portal2.baseUrl());
            pause(6_000);
            List<ScreenSessions.Tab> tabs = screens.openUntil(sessions, operators);
            Map<ScreenSessions.Tab, String> served = new HashMap<>();
            Map<String, Integer> perInstance = new HashMap<>(Map.of("portal1", 0, "portal2", 0));
            for (var tab : tabs) {
                String instance = instanceOf(tab.session());
                served.put(tab, instance);
                perInstance.merge(instance, 1, Integer::sum);
            }
            List<CpuAccounting.Part> parts = new ArrayList<>(List.of(CpuAccounting.Part.of("portal1", portal1.pid()),
                    CpuAccounting.Part.of("portal2", portal2.pid()), CpuAccounting.Part.of("HAProxy", haproxy.pid())));
            parts.addAll(sharedParts);
            var cpu = new CpuAccounting(parts);
            List<ConcurrentSessions.Level> levels = new ArrayList<>();
            for (ConcurrentSessions load : loads) {
                if (!levels.isEmpty()) {
                    // a level that saturated the cores leaves saves queued on the instances; the next level measures
                    // its own load, not the last one's backlog (M1: 7 errors in the 4 s level's first seconds)
                    pause(SETTLE.toMillis());
                }
                levels.add(load.run(tabs, tenant.userNames(), cpu));
            }

            var a = tabs.stream().filter(t -> served.get(t).equals("portal1")).findFirst().orElseThrow();
            var b = tabs.stream().filter(t -> served.get(t).equals("portal2")).findFirst().orElseThrow();
            List<Double> edits = new ArrayList<>();
            List<String> liveErrors = new ArrayList<>();
            List<Double> delays = liveUpdateDelays(a, b, liveUpdates, edits, liveErrors);

            int changed = 0;
            for (var tab : tabs) {
                if (!served.get(tab).equals(instanceOf(tab.session()))) {
                    changed++;
                }
            }
            long misrouted = misrouted(haproxy.logLines());
            long down = haproxy.logLines().stream().filter(line -> line.startsWith("Server ") && line.contains(" is DOWN")).count();

            // stop the instance that served the first session, as an operator stops one for a restart
            String stoppedName = served.get(tabs.getFirst());
            PortalProcess stopped = stoppedName.equals("portal1") ? portal1 : portal2;
            String other = stoppedName.equals("portal1") ? "portal2" : "portal1";
            List<ScreenSessions.Tab> orphans = tabs.stream().filter(t -> served.get(t).equals(stoppedName)).toList();
            stopped.close();
            orphans.forEach(tab -> tab.session().close());

            List<Double> signIns = Collections.synchronizedList(new ArrayList<>());
            List<String> errors = Collections.synchronizedList(new ArrayList<>());
            int[] moved = new int[1];
            ScheduledExecutorService heartbeats = Executors.newSingleThreadScheduledExecutor();
            List<VaadinSessionDriver> again = Collections.synchronizedList(new ArrayList<>());
            try (ExecutorService signInPool = Executors.newFixedThreadPool(4)) {
                List<Future<String>> results = new ArrayList<>();
                for (var orphan : orphans) {
                    results.add(signInPool.submit(() -> {
                        var session = new VaadinSessionDriver(URI.create(haproxy.baseUrl()), heartbeats);
                        again.add(session);
                        session.carryCookie(INSTANCE_COOKIE, stoppedName);
                        long start = System.nanoTime();
                        session.signIn(orphan.username(), TestTenants.PASSWORD);
                        var screen = new SmtpUsersScreenDriver(session, TIMEOUT);
                        screen.open(tenant.slug());
                        screen.awaitFirstRows();
                        signIns.add(BenchBrowser.millisSince(start));
                        return instanceOf(session);
                    }));
                }
                for (var result : results) {
                    try {
                        if (result.get().equals(other)) {
                            moved[0]++;
                        }
                    } catch (ExecutionException failed) {
                        errors.add(String.valueOf(failed.getCause()));
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            } finally {
                again.forEach(VaadinSessionDriver::close);
                heartbeats.shutdownNow();
            }
            return new Result(tabs.size(), perInstance, changed, misrouted, down, levels, delays, edits, liveErrors.size(),
                    List.copyOf(liveErrors.subList(0, Math.min(3, liveErrors.size()))), stoppedName,
                    orphans.size(), List.copyOf(signIns), errors.size(), moved[0],
                    List.copyOf(errors.subList(0, Math.min(5, errors.size()))));
        }
    }

    /**
     * Edits a total limit alternately in a session on portal1 and one on portal2 and waits for the other session's
     * open grid to show it, pushed after the change crossed instances through PostgreSQL. The delay runs from when
     * the edited value was sent (Enter) to when the other session applied the message that showed it.
     */
    private static List<Double> liveUpdateDelays(ScreenSessions.Tab a, ScreenSessions.Tab b, int count,
            List<Double> roundTrips, List<String> errors) {
        String user = a.firstRows().get(a.firstRows().size() - 1).name();
        List<Double> delays = new ArrayList<>();
        for (int i = 0; i < count + 1; i++) {
            var editor = i % 2 == 0 ? a : b;
            var watcher = i % 2 == 0 ? b : a;
            int value = 7_000_000 + i;
            String shown = String.format(Locale.ROOT, "%,d", value);
            CompletableFuture<Long> seen = CompletableFuture.supplyAsync(() ->
                    watcher.screen().awaitRow(user, row -> shown.equals(row.totalLimit()), TIMEOUT));
            try {
                // an edit that fails or is not seen is counted, not fatal, so the figure's other results survive it
                Duration roundTrip = editor.screen().editLimit(user, SmtpUsersScreenDriver.Limit.TOTAL, value);
                long sent = System.nanoTime() - roundTrip.toNanos();
                long seenAt = seen.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
                // the watcher must also have its own copy of the editor's value before the next edit starts there
                editor.screen().awaitRow(user, row -> shown.equals(row.totalLimit()), TIMEOUT);
                if (i > 0) { // the first warms up both instances' paths
                    delays.add((seenAt - sent) / 1e6);
                    roundTrips.add(roundTrip.toNanos() / 1e6);
                }
            } catch (ExecutionException | TimeoutException | RuntimeException e) {
                errors.add("edit " + i + " to " + shown + ": " + e);
                if (errors.size() >= 5) {
                    return delays;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            pause(300);
        }
        return delays;
    }

    private static void warmUp(String baseUrl) {
        var http = java.net.http.HttpClient.newHttpClient();
        for (int i = 0; i < 20; i++) {
            try {
                http.send(java.net.http.HttpRequest.newBuilder(URI.create(baseUrl + "/login")).build(),
                        java.net.http.HttpResponse.BodyHandlers.discarding());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private static String instanceOf(VaadinSessionDriver session) {
        return session.cookie(INSTANCE_COOKIE).orElseThrow(() ->
                new IllegalStateException("HAProxy set no " + INSTANCE_COOKIE + " cookie"));
    }

    /**
     * Requests whose cookie named a server other than the one that answered: HAProxy's httplog gives the cookie
     * status as the third of the four termination-state letters, where V means the cookie was valid and used, D that
     * it named a server that was down, and I an invalid one.
     */
    private static long misrouted(List<String> log) {
        return log.stream().filter(line -> line.contains("portal_instances/"))
                .map(line -> line.split("\\s+"))
                .filter(fields -> {
                    for (String field : fields) {
                        if (field.length() == 4 && field.matches("[-A-Za-z]{4}") && !field.equals("HTTP")) {
                            char cookie = field.charAt(2);
                            return cookie == 'D' || cookie == 'I' || cookie == 'E' || cookie == 'O';
                        }
                    }
                    return false;
                }).count();
    }
}

package com.sendclean.portal.bench;

import com.sendclean.portal.credentials.CredentialsService;
import com.sendclean.portal.sandbox.SandboxAccounts;
import com.sendclean.portal.smtpusers.SandboxTenants;
import com.sendclean.portal.support.BrowserTest;
import com.sendclean.portal.support.IntegrationTest;
import com.sendclean.portal.support.SandboxProcess;
import com.sendclean.portal.support.SandboxServer;
import com.sendclean.portal.support.SignedIn;
import com.sendclean.portal.support.TestTenants;
import com.sendclean.portal.support.UsesSandbox;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static com.sendclean.portal.support.ChildProcesses.freePort;

/**
 * Issue 8's benchmark suite in one run: the production-mode jar in its own JVM on PostgreSQL with the sandbox (the same
 * jar's {@code sandbox} command, a process of its own) as its SendClean, data
 * set up through this JVM's portal services on the same database and keyset, Chromium for single-user timings and a
 * Vaadin protocol driver for many sessions. Runs only with {@code ./mvnw -Pbench verify}; writes target/bench.
 */
@UsesSandbox
class PortalBenchmark extends BrowserTest {

    private static final Logger log = LoggerFactory.getLogger(PortalBenchmark.class);
    private static final String PORTAL_HEAP = "1g";
    private static final int LARGE_TENANT_USERS = 10_000;
    private static final int AUDIT_EVENTS = 1_000_000;
    private static final int EDITS = 60;
    private static final int SCREEN_RUNS = 9;
    /** Figure 3: issue 18 asks for 1,000 sessions' heap; operators sign in more than once beyond the first 100. */
    private static final int[] SESSION_COUNTS = {10, 100, 1_000};
    private static final int MOST_SESSIONS = 100;
    private static final int MEMORY_RUNS = 3;
    private static final Duration LOAD_PERIOD = Duration.ofSeconds(30);
    // figure 7 (issue 16): the reseller's overview and a bulk change
    private static final int RESELLER_TENANTS = 200;
    private static final int RESELLER_USERS_EACH = 100;
    private static final int OVERVIEW_RUNS = 6;
    private static final int BULK_USERS = 1_000;
    private static final int BULK_RUNS = 3;
    /** portal.smtp-users.cache-ttl's default: how long a shared copy counts as fresh */
    private static final Duration SHARED_COPY_LIFETIME = Duration.ofSeconds(30);
    // figure 8 (issue 17): two instances behind HAProxy
    private static final int CLUSTER_SESSIONS = 200;
    private static final int CLUSTER_TENANT_USERS = 1_000;
    private static final int LIVE_UPDATES = 30;

    @Autowired TestTenants tenants;
    final SandboxAccounts sandbox = SandboxServer.accounts();
    @Autowired SandboxTenants sandboxTenants;
    @Autowired JdbcClient jdbc;
    @Autowired Environment environment;
    private SandboxProcess sandboxProcess;
    @Autowired CredentialsService credentials;
    @Autowired SignedIn signedIn;

    @BeforeAll
    static void pinLoadGenerator() {
        // before Chromium starts, so it inherits this JVM's core
        CpuPinning.pin(ProcessHandle.current().pid(), CpuPinning.LOAD_CPUS);
    }

    @AfterEach
    void stopTheSandbox() {
        if (sandboxProcess != null) {
            sandboxProcess.close();
        }
    }

    @Test
    void measureThePortal() throws IOException {
        Set<String> figures = Set.of(System.getProperty("bench.figures", "1,2,3,4,5,6,7,8").split("\\s*,\\s*"));
        Path workDir = Files.createDirectories(Path.of("target", "bench", "work")).toAbsolutePath();
        // issue 18, item 2: the older commit's own benchmark before and after this one's, while nothing else runs
        String baselineCommit = System.getProperty("bench.capacity-baseline", "");
        var older = figures.contains("4") && !baselineCommit.isBlank()
                ? Optional.of(new OlderCommitCapacity(baselineCommit, workDir)) : Optional.<OlderCommitCapacity>empty();
        older.ifPresent(OlderCommitCapacity::measure);
        double capacity = Double.NaN;
        // the portal's SendClean: the sandbox from the same jar, on the portal's core as when it ran inside the portal
        sandboxProcess = SandboxProcess.start(jar(), workDir);
        CpuPinning.pin(sandboxProcess.pid(), CpuPinning.PORTAL_CPUS);
        var settings = new PortalProcess.Settings(jar(), PORTAL_HEAP, CpuPinning.PORTAL_CPUS, workDir, keysetFile(),
                IntegrationTest.ADMIN_PASSWORD, sandboxProcess.portalEnvironment());
        var report = new BenchmarkReport();
        List<Throwable> failures = new ArrayList<>();
        report.describe("portal: " + settings.jar().getFileName() + ", no profile (Vaadin production mode), -Xms/-Xmx "
                + PORTAL_HEAP + ", G1, SendClean: the sandbox process (java -jar <jar> sandbox), PostgreSQL " + postgresVersion() + " (embedded)");
        report.describe("cores: " + CpuPinning.describe());
        // only the build platform's PostgreSQL binaries are packaged (issue 18): the jar is measured, not assumed
        report.add("Jar size", "MB", List.of(Files.size(settings.jar()) / 1_000_000.0), "≤ 100 MB");

        PortalStarter starter = this::start;
        var startup = new StartupFigure(starter, jdbc);
        int starts = figures.contains("5") ? StartupFigure.STARTS : 1;
        List<Double> emptyStarts = figures.contains("5") ? startup.startsOnEmptyDatabases(settings) : List.of();

        var fixtures = new BenchFixtures(tenants, sandboxTenants, sandbox, jdbc);
        var small = fixtures.sandboxTenant("Small", 3);
        var large = fixtures.sandboxTenant("Large", LARGE_TENANT_USERS);
        List<String> operators = figures.contains("3") || figures.contains("4")
                ? fixtures.operators(large, MOST_SESSIONS + 1) : List.of();
        if (figures.contains("6")) {
            fixtures.auditEvents(large, AUDIT_EVENTS);
            fixtures.auditEvents(small, 0);
        }
        ResellerFixtures.Reseller reseller = figures.contains("7")
                ? new ResellerFixtures(tenants, sandbox, credentials, signedIn).reseller(RESELLER_TENANTS, RESELLER_USERS_EACH)
                : null;
        BenchFixtures.SandboxTenant bulk = figures.contains("7") ? fixtures.sandboxTenant("Bulk", BULK_USERS) : null;
        BenchFixtures.SandboxTenant cluster = figures.contains("8") ? fixtures.sandboxTenant("Cluster", CLUSTER_TENANT_USERS) : null;
        List<String> clusterOperators = figures.contains("8") ? fixtures.operators(cluster, CLUSTER_SESSIONS) : List.of();
        if (figures.contains("7")) {
            report.describe("figure 7 data: a reseller who is ADMIN of " + RESELLER_TENANTS + " tenants of "
                    + RESELLER_USERS_EACH + " sandbox SMTP users each; a tenant of " + BULK_USERS + " for the bulk change");
        }
        if (figures.contains("8")) {
            report.describe("figure 8 data: a tenant of " + CLUSTER_TENANT_USERS + " sandbox SMTP users with "
                    + CLUSTER_SESSIONS + " operators");
        }
        report.describe("data: tenants of 3 and " + LARGE_TENANT_USERS + " sandbox SMTP users, " + operators.size()
                + " operators of the large one" + (figures.contains("6") ? ", " + AUDIT_EVENTS + " audit events on it" : ""));

        List<Double> populatedStarts = new ArrayList<>();
        for (int i = 0; i < starts - 1; i++) {
            try (PortalProcess portal = starter.start(settings, "populated-" + i)) {
                populatedStarts.add(portal.startupSeconds());
            }
        }
        try (PortalProcess portal = starter.start(settings, "populated-" + (starts - 1))) {
            populatedStarts.add(portal.startupSeconds());
            assertThat(portal.logContains("Vaadin is running in production mode"))
                    .as("the jar runs Vaadin in production mode").isTrue();
            var browser = new BenchBrowser(page.context().browser(), portal.baseUrl());
            if (figures.contains("1")) {
                editRoundTrips(report, browser, portal, small);
            }
            if (figures.contains("2")) {
                largeTenant(report, browser, small, large);
            }
            if (figures.contains("6")) {
                auditFirstPage(report, browser, small, large);
            }
            if (figures.contains("3")) {
                memoryPerSession(report, portal, large, operators);
            }
            if (figures.contains("4")) {
                capacity = concurrentSessions(report, portal, large, operators);
            }
            if (figures.contains("7")) {
                isolated(report, "7", failures, () -> new ResellerCockpit(browser, SHARED_COPY_LIFETIME)
                        .measure(report, reseller, RESELLER_USERS_EACH, OVERVIEW_RUNS, bulk, BULK_RUNS));
            }
        }
        if (older.isPresent()) {
            older.get().measure();
            older.get().report(report, capacity);
        }
        if (figures.contains("8")) {
            isolated(report, "8", failures, () -> new ClusterFigure(starter, sharedParts())
                    .measure(report, settings, cluster, clusterOperators, CLUSTER_SESSIONS, LIVE_UPDATES, LOAD_PERIOD));
        }
        if (figures.contains("5")) {
            startup.report(report, settings, emptyStarts, populatedStarts);
        }

        Path written = report.write("SendClean Portal benchmark");
        if (!failures.isEmpty()) {
            Throwable first = failures.getFirst();
            failures.stream().skip(1).forEach(first::addSuppressed);
            throw new AssertionError("A figure failed; the others are in " + written.toAbsolutePath(), first);
        }
        log.info("Benchmark results written to {}", written.toAbsolutePath());
        report.figures().forEach(figure -> log.info("{}: median {} {}, p95 {}", figure.name(), figure.median(),
                figure.unit(), figure.percentile(95)));
        assertThat(report.figures()).allSatisfy(figure -> assertThat(figure.samples()).isNotEmpty());
    }

    private void editRoundTrips(BenchmarkReport report, BenchBrowser browser, PortalProcess portal,
            BenchFixtures.SandboxTenant small) {
        var edits = new EditRoundTrip(browser, sandbox, sandboxProcess.baseUrl());
        for (int latency : new int[] {0, 50}) {
            var samples = edits.measure(small, latency, 5, EDITS);
            String setting = latency == 0 ? "sandbox answering at once" : "sandbox + " + latency + " ms";
            report.add("1. Edit round trip in the portal (Enter to the confirmed value shown), " + setting, "ms",
                    samples.portalMillis(), "report");
            report.add("1. … Enter until Chromium sends the edit, " + setting, "ms", samples.sentMillis(), "report");
            report.add("1. … Enter until the portal answers that request, " + setting, "ms", samples.answeredMillis(), "report");
            report.add("1. … Enter until the pushed result reaches the page, " + setting, "ms", samples.pushedMillis(), "report");
            report.add("1. Direct HTTP call to the sandbox, " + setting, "ms", samples.directMillis(), "baseline");
            report.add("1. Portal overhead (portal − direct, paired), " + setting, "ms",
                    differences(samples.portalMillis(), samples.directMillis()), "p50 ≤ 50 ms");
        }
    }

    private void largeTenant(BenchmarkReport report, BenchBrowser browser, BenchFixtures.SandboxTenant small,
            BenchFixtures.SandboxTenant large) {
        var screen = new LargeTenantScreen(browser).measure(small, large, SCREEN_RUNS);
        report.add("2. SMTP users from the drawer to first rows, 3 users", "ms", screen.smallFromDrawer(), "baseline");
        report.add("2. SMTP users from the drawer to first rows, 10,000 users", "ms", screen.largeFromDrawer(), "≤ 1000 ms");
        report.add("2. Ratio 10,000 / 3 users, from the drawer", "×", screen.drawerRatios(), "≤ 1.5");
        report.add("2. SMTP users by URL (full page load) to first rows, 3 users", "ms", screen.smallByUrl(), "baseline");
        report.add("2. SMTP users by URL (full page load) to first rows, 10,000 users", "ms", screen.largeByUrl(), "≤ 1000 ms");
        report.add("2. Ratio 10,000 / 3 users, by URL", "×", screen.urlRatios(), "≤ 1.5");
        report.add("2. Scroll to the last of 10,000 rows", "ms", screen.scrollToEnd(), "report");
        report.add("2. Filter 10,000 users by name (includes the field's 400 ms typing pause)", "ms", screen.filter(), "report");
        // what a large tenant's screen waits for whenever its shared copy has expired
        var direct = new SandboxCalls(sandboxProcess.baseUrl());
        List<Double> lists = new ArrayList<>();
        for (int i = 0; i < SCREEN_RUNS + 1; i++) {
            double ms = direct.list(large);
            if (i > 0) {
                lists.add(ms);
            }
        }
        report.add("2. Direct listSmtp of 10,000 users from the sandbox", "ms", lists, "report");
    }

    private void auditFirstPage(BenchmarkReport report, BenchBrowser browser, BenchFixtures.SandboxTenant small,
            BenchFixtures.SandboxTenant large) {
        var audit = new AuditFirstPage(browser).measure(small, large, "admin", IntegrationTest.ADMIN_PASSWORD, SCREEN_RUNS);
        report.add("6. Audit page to first row, tenant with " + auditEventCount(small) + " events", "ms", audit.small(), "baseline");
        report.add("6. Audit page to first row, tenant with " + auditEventCount(large) + " events", "ms", audit.large(), "report");
        report.add("6. Platform audit page to first row, all " + allAuditEventCount() + " events", "ms", audit.platform(), "report");
    }

    /** The tenant's events as the figure's name gives them: the small tenant's grow with the other figures. */
    private String auditEventCount(BenchFixtures.SandboxTenant tenant) {
        return String.format(Locale.ROOT, "%,d", jdbc.sql("select count(*) from audit_event where tenant_id = ?")
                .param(tenant.tenant().id().value()).query(Long.class).single());
    }

    private String allAuditEventCount() {
        return String.format(Locale.ROOT, "%,d", jdbc.sql("select count(*) from audit_event").query(Long.class).single());
    }

    private void memoryPerSession(BenchmarkReport report, PortalProcess portal, BenchFixtures.SandboxTenant large,
            List<String> operators) {
        var memory = new SessionMemory(portal).measure(large, operators, SESSION_COUNTS, MEMORY_RUNS);
        report.add("3. Live heap after full GC, 1 session (baseline)", "MB", memory.baselineMegabytes(), "baseline");
        for (int sessions : SESSION_COUNTS) {
            report.add("3. Live heap after full GC, " + sessions + " more sessions with the 10,000-user grid open", "MB",
                    memory.liveHeapMegabytes().get(sessions), "report");
            report.add("3. Heap per session, " + sessions + " sessions", "MB",
                    memory.megabytesPerSession().get(sessions), "≤ 0.5 MB");
        }
        report.add("3. Heap per extra session from " + SESSION_COUNTS[0] + " to "
                + SESSION_COUNTS[SESSION_COUNTS.length - 1] + " sessions (slope)",
                "MB", memory.marginalMegabytesPerSession(), "≤ 0.5 MB");
    }

    /** @return the median of confirmed actions per second with no pause (the capacity) */
    private double concurrentSessions(BenchmarkReport report, PortalProcess portal, BenchFixtures.SandboxTenant large,
            List<String> operators) {
        ConcurrentSessions.Level capacity;
        try (var sessions = new ScreenSessions(portal.baseUrl(), large.slug())) {
            List<ScreenSessions.Tab> tabs = sessions.openUntil(MOST_SESSIONS, operators);
            var paced = new ConcurrentSessions(Duration.ofSeconds(5), LOAD_PERIOD, Duration.ofSeconds(1));
            List<CpuAccounting.Part> parts = new ArrayList<>(List.of(CpuAccounting.Part.of("portal", portal.pid())));
            parts.addAll(sharedParts());
            var cpu = new CpuAccounting(parts);
            for (int count : new int[] {1, 25, 50, 100}) {
                report.addLevel("4", "paced, 1 s average pause", paced.run(tabs.subList(0, count), large.userNames(),
                        count == MOST_SESSIONS ? cpu : null),
                        count == MOST_SESSIONS ? "p95 ≤ 250 ms, no errors" : count == 1 ? "baseline" : "report");
            }
            var flatOut = new ConcurrentSessions(Duration.ofSeconds(5), LOAD_PERIOD, Duration.ZERO);
            capacity = flatOut.run(tabs, large.userNames(), cpu);
            report.addLevel("4", "no pause (capacity)", capacity, "report");
        }
        report.describe("figure 4: each session alternates a total-limit edit and a status switch on its own row of the"
                + " first page, counted when the pushed confirmation arrives; " + LOAD_PERIOD.toSeconds()
                + " s per level after a 5 s warm-up; throughput per 5 s window");
        return BenchmarkReport.median(capacity.actionsPerSecond());
    }

    /** Runs a figure that sets up processes of its own; when it fails, the report still gets the other figures. */
    private static void isolated(BenchmarkReport report, String figure, List<Throwable> failures, Runnable measure) {
        try {
            measure.run();
        } catch (RuntimeException | AssertionError failure) {
            log.error("Figure {} failed", figure, failure);
            report.describe("figure " + figure + " FAILED: " + failure);
            failures.add(failure);
        }
    }

    private PortalProcess start(PortalProcess.Settings settings, String name, Function<String, String> url) {
        return PortalProcess.start(settings, name, url.apply(environment.getRequiredProperty("spring.datasource.url")),
                environment.getProperty("spring.datasource.username", "postgres"),
                environment.getProperty("spring.datasource.password", ""), freePort());
    }

    private static List<Double> differences(List<Double> minuends, List<Double> subtrahends) {
        List<Double> differences = new ArrayList<>();
        for (int i = 0; i < minuends.size(); i++) {
            differences.add(minuends.get(i) - subtrahends.get(i));
        }
        return differences;
    }

    /** The processes every portal of a figure shares, for the split of CPU time: PostgreSQL, sandbox, this JVM. */
    private List<CpuAccounting.Part> sharedParts() {
        return List.of(CpuAccounting.postgres(jdbc.sql("show data_directory").query(String.class).single()),
                CpuAccounting.Part.of("sandbox", sandboxProcess.pid()), CpuAccounting.loadGenerator());
    }

    private String postgresVersion() {
        return jdbc.sql("show server_version").query(String.class).single();
    }

    /** The keyset this JVM's portal generated, so both portals read the credentials the fixtures stored. */
    private Path keysetFile() {
        Path file = Path.of(environment.getRequiredProperty("portal.data-dir")).resolve("local-keyset.json").toAbsolutePath();
        assertThat(file).as("the test portal's generated keyset").exists();
        return file;
    }

    private static Path jar() {
        String configured = System.getProperty("bench.jar");
        assertThat(configured).as("the jar's path in bench.jar: run ./mvnw -Pbench verify, which builds it first").isNotNull();
        Path jar = Path.of(configured);
        assertThat(jar).as("the portal jar").exists();
        return jar;
    }
}

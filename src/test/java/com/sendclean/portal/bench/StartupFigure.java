package com.sendclean.portal.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Figure 5 (issue 18, item 4): start-up to /login answering on empty databases, on the populated one with
 * {@code java -jar} (the baseline: the benchmark's own portal starts count, see {@link PortalBenchmark}), and from the
 * extracted jar with the AOT cache that deploy/aot-cache.sh prepares, as the README's production run does.
 */
final class StartupFigure {

    static final int STARTS = 3;

    private final PortalStarter starter;
    private final JdbcClient jdbc;

    StartupFigure(PortalStarter starter, JdbcClient jdbc) {
        this.starter = starter;
        this.jdbc = jdbc;
    }

    /** Each start on a schema of its own with no tables, so Flyway creates them all. */
    List<Double> startsOnEmptyDatabases(PortalProcess.Settings settings) {
        List<Double> seconds = new ArrayList<>();
        for (int i = 0; i < STARTS; i++) {
            String schema = "bench_empty_" + ProcessHandle.current().pid() + "_" + i;
            jdbc.sql("create schema " + schema).update();
            try (PortalProcess portal = starter.start(settings, "empty-" + i, url -> withSchema(url, schema))) {
                seconds.add(portal.startupSeconds());
            }
        }
        return seconds;
    }

    /** Adds the figure: the starts measured before, then the AOT cache's starts side by side with them. */
    void report(BenchmarkReport report, PortalProcess.Settings settings, List<Double> emptyStarts,
            List<Double> populatedStarts) throws IOException {
        report.add("5. Start-up to /login answering, empty database", "s", emptyStarts, "report");
        report.add("5. Start-up to /login answering, populated database, java -jar", "s", populatedStarts, "baseline");
        List<Double> fastStarts = fastStarts(settings);
        report.add("5. Start-up to /login answering, populated database, extracted jar with AOT cache", "s",
                fastStarts, "≤ 0.5 × java -jar");
        double plain = BenchmarkReport.median(populatedStarts);
        report.add("5. Ratio AOT cache / java -jar", "×", fastStarts.stream().map(s -> s / plain).toList(), "≤ 0.5");
    }

    private List<Double> fastStarts(PortalProcess.Settings settings) throws IOException {
        Path layout = settings.workDir().resolve("aot");
        Path script = Path.of("deploy", "aot-cache.sh").toAbsolutePath();
        var builder = new ProcessBuilder("bash", script.toString(), settings.jar().toAbsolutePath().toString(),
                layout.toString()).redirectErrorStream(true)
                .redirectOutput(settings.workDir().resolve("aot-cache.log").toFile());
        builder.environment().put("JAVA", Path.of(System.getProperty("java.home"), "bin", "java").toString());
        try {
            assertThat(builder.start().waitFor()).as("deploy/aot-cache.sh, see target/bench/work/aot-cache.log").isZero();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        var fast = settings.withAotCache(layout.resolve("portal.jar"), layout.resolve("portal.aot"));
        List<Double> seconds = new ArrayList<>();
        for (int i = 0; i < STARTS; i++) {
            try (PortalProcess portal = starter.start(fast, "aot-" + i)) {
                seconds.add(portal.startupSeconds());
            }
        }
        return seconds;
    }

    private static String withSchema(String url, String schema) {
        return url.replaceAll("currentSchema=[^&]*", "currentSchema=" + schema);
    }
}

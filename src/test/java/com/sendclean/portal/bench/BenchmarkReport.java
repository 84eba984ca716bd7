package com.sendclean.portal.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Collects figures (each over repeated runs) and writes them to target/bench as Markdown and CSV. */
final class BenchmarkReport {

    private static final Logger log = LoggerFactory.getLogger(BenchmarkReport.class);

    record Figure(String name, String unit, double[] samples, String target) {

        double median() {
            return percentile(50);
        }

        /** NaN when the figure has no sample (its measurement failed; the failure is reported with the results). */
        double percentile(double p) {
            if (samples.length == 0) {
                return Double.NaN;
            }
            double[] sorted = samples.clone();
            Arrays.sort(sorted);
            int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
            return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
        }

        double min() {
            return Arrays.stream(samples).min().orElse(Double.NaN);
        }

        double max() {
            return Arrays.stream(samples).max().orElse(Double.NaN);
        }
    }

    private final List<Figure> figures = new ArrayList<>();
    private final List<String> setup = new ArrayList<>();

    /** A line about how the figures were taken (heap, pinning, data), printed above the table. */
    void describe(String line) {
        setup.add(line);
    }

    void add(String name, String unit, List<Double> samples, String target) {
        figures.add(new Figure(name, unit, samples.stream().mapToDouble(Double::doubleValue).toArray(), target));
    }

    /** A load level of figure 4 or 8: its round trips, throughput and errors (with the first ones described). */
    void addLevel(String figure, String pacing, ConcurrentSessions.Level level, String target) {
        String name = figure + ". " + level.sessions() + (level.sessions() == 1 ? " session" : " concurrent sessions") + ", " + pacing;
        add(name + ": round trip", "ms", level.roundTripMillis(), target);
        add(name + ": confirmed actions per second", "/s", level.actionsPerSecond(), "report");
        add(name + ": errors", "errors", List.of((double) level.errors()), target.contains("errors") ? "0" : "report");
        CpuAccounting.report(this, name, level.cpu(), level.roundTripMillis().size());
        if (level.errors() > 0) {
            log.warn("{}: {} errors, first ones: {}", name, level.errors(), level.firstErrors());
            describe(name + ": first errors: " + level.firstErrors());
        }
    }

    static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    List<Figure> figures() {
        return List.copyOf(figures);
    }

    Path write(String title) {
        try {
            Path directory = Path.of("target", "bench");
            Files.createDirectories(directory);
            // not availableProcessors(): it counts only the cores this JVM is pinned to
            String machine = onlineCores() + " cores, "
                    + Math.round(memoryMegabytes() / 1024.0) + " GiB memory, "
                    + System.getProperty("os.name") + " " + System.getProperty("os.arch") + ", Java "
                    + System.getProperty("java.version");
            String commit = commit();
            String date = Instant.now().toString();
            var markdown = new StringBuilder("# " + title + "\n\n")
                    .append("- machine: ").append(machine).append('\n')
                    .append("- date: ").append(date).append('\n')
                    .append("- commit: ").append(commit).append('\n');
            setup.forEach(line -> markdown.append("- ").append(line).append('\n'));
            markdown.append('\n')
                    .append("| figure | median | p95 | min | max | runs | target |\n|---|---|---|---|---|---|---|\n");
            var csv = new StringBuilder("machine,date,commit,figure,unit,median,p95,min,max,runs,target\n");
            for (Figure figure : figures) {
                markdown.append(String.format(Locale.ROOT, "| %s | %.1f %s | %.1f | %.1f | %.1f | %d | %s |%n",
                        figure.name(), figure.median(), figure.unit(), figure.percentile(95), figure.min(), figure.max(),
                        figure.samples().length, figure.target()));
                csv.append(String.format(Locale.ROOT, "\"%s\",%s,%s,\"%s\",%s,%.2f,%.2f,%.2f,%.2f,%d,\"%s\"%n", machine,
                        date, commit, figure.name(), figure.unit(), figure.median(), figure.percentile(95), figure.min(),
                        figure.max(), figure.samples().length, figure.target()));
            }
            Files.writeString(directory.resolve("results.md"), markdown);
            Files.writeString(directory.resolve("results.csv"), csv);
            return directory.resolve("results.md");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The machine's cores, whatever this JVM is pinned to. */
    static long onlineCores() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(line -> line.startsWith("processor")).count();
        } catch (IOException e) {
            return Runtime.getRuntime().availableProcessors();
        }
    }

    private static long memoryMegabytes() {
        try {
            return Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(line -> line.startsWith("MemTotal:"))
                    .map(line -> Long.parseLong(line.replaceAll("\\D", "")) / 1024).findFirst().orElse(0L);
        } catch (IOException e) {
            return 0;
        }
    }

    private static String commit() {
        try {
            Process git = new ProcessBuilder("git", "rev-parse", "--short", "HEAD").redirectErrorStream(true).start();
            String out = new String(git.getInputStream().readAllBytes()).strip();
            return git.waitFor() == 0 ? out : "unknown";
        } catch (IOException e) {
            return "unknown";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown";
        }
    }
}

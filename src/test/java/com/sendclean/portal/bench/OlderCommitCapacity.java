package com.sendclean.portal.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Issue 18, item 2: the capacity of an older commit (100 sessions of one tenant with no pause, confirmed actions a
 * second), built and measured in the same run on the same machine as this commit's, because capacity varies 2×
 * between machines of this kind and only the ratio counts. The older commit cannot run inside this benchmark (its
 * schema, its sandbox and its screen differ), so its own benchmark runs: a git worktree of it, its
 * {@code ./mvnw -Pbench verify -Dbench.figures=4}, then the figure read from its results.csv; once before this
 * commit's figures and once after them. Its benchmark pins its jar to the same core as this one's, with the same load
 * and the same driver protocol of that time.
 */
final class OlderCommitCapacity {

    private static final Logger log = LoggerFactory.getLogger(OlderCommitCapacity.class);
    static final String FIGURE = "4. 100 concurrent sessions, no pause (capacity): confirmed actions per second";
    /** machine (quoted), date, commit, figure (quoted), unit, median */
    private static final Pattern ROW = Pattern.compile("^\"[^\"]*\",[^,]*,[^,]*,\"([^\"]*)\",[^,]*,([0-9.]+),");
    private static final long TIMEOUT_MINUTES = 40;

    private final String commit;
    private final Path workDir;
    /** The older commit's median capacity of each run that succeeded, in confirmed actions per second. */
    private final List<Double> runs = new ArrayList<>();

    OlderCommitCapacity(String commit, Path workDir) {
        this.commit = commit;
        this.workDir = workDir;
    }

    /** Runs the older commit's benchmark once more and keeps its capacity; a failure is logged and adds no run. */
    void measure() {
        Path checkout = workDir.resolve("baseline-" + commit).toAbsolutePath();
        Path output = logFile();
        try {
            run(List.of("git", "worktree", "remove", "--force", checkout.toString()), Path.of("."), output, false);
            run(List.of("git", "worktree", "add", "--detach", checkout.toString(), commit), Path.of("."), output, true);
            List<String> maven = new ArrayList<>(List.of("./mvnw", "-B", "-Pbench", "verify", "-Dbench.figures=4"));
            if (CpuPinning.available()) {
                // this JVM is pinned to the load generator's core; the older build must get both cores back
                maven.addAll(0, List.of("taskset", "-c", "0-" + (BenchmarkReport.onlineCores() - 1)));
            }
            run(maven, checkout, output, true);
            Path csv = checkout.resolve(Path.of("target", "bench", "results.csv"));
            Files.readAllLines(csv).stream().map(ROW::matcher).filter(Matcher::find)
                    .filter(row -> row.group(1).equals(FIGURE)).map(row -> Double.parseDouble(row.group(2)))
                    .findFirst().ifPresentOrElse(runs::add,
                            () -> log.error("{} has no row \"{}\"", csv, FIGURE));
        } catch (IOException | IllegalStateException failure) {
            log.error("The capacity of {} could not be measured; see {}", commit, output, failure);
        } finally {
            try {
                run(List.of("git", "worktree", "remove", "--force", checkout.toString()), Path.of("."), output, false);
            } catch (IOException ignored) {
                // a left-over worktree under target/ is removed by the next run or by mvn clean's directory
            }
        }
    }

    /**
     * The older commit's runs (one before and one after this commit's figures, so a machine whose speed drifts
     * within the hour shows in their spread) and this commit's capacity as a ratio to their mean.
     */
    void report(BenchmarkReport report, double thisCommit) {
        if (runs.isEmpty()) {
            report.describe("figure 4: the capacity of " + commit + " could not be measured; see " + logFile());
            return;
        }
        double mean = runs.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        report.add("4. Capacity of " + commit + ", its own benchmark before and after this commit's (baseline)", "/s",
                List.copyOf(runs), "baseline");
        report.add("4. Capacity ratio, this commit / " + commit + " (mean of its runs)", "×", List.of(thisCommit / mean),
                "≥ 2");
    }

    private Path logFile() {
        return workDir.resolve("baseline-" + commit + ".log").toAbsolutePath();
    }

    private static void run(List<String> command, Path directory, Path output, boolean mustSucceed) throws IOException {
        Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(output.toFile())).start();
        try {
            if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " took over " + TIMEOUT_MINUTES + " minutes");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        if (mustSucceed && process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " exited with " + process.exitValue());
        }
    }
}

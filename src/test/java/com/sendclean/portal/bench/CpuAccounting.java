package com.sendclean.portal.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Where the cores' time went while a load level ran: the CPU time of each part of the set-up (the portal, its
 * PostgreSQL, the sandbox standing in for SendClean, HAProxy, the load generator), read from Linux's /proc, and how
 * busy each core was. Capacity is a question of CPU time per action, and only this split says whose time it is.
 * Reads nothing (and reports nothing) where /proc is missing.
 */
final class CpuAccounting {

    /** A named group of processes, looked up again at each reading: PostgreSQL starts a process per connection. */
    record Part(String name, Supplier<List<Long>> pids) {
        static Part of(String name, long pid) {
            return new Part(name, () -> List.of(pid));
        }
    }

    /** What the parts and cores used between two readings. */
    record Usage(double seconds, Map<String, Double> cpuSeconds, Map<String, Double> coreBusyShare,
            Map<String, Double> coreStealShare, List<String> missing) {

        static final Usage NONE = new Usage(0, Map.of(), Map.of(), Map.of(), List.of());

        boolean measured() {
            return seconds > 0 && !cpuSeconds.isEmpty();
        }
    }

    /** One moment: clock ticks used so far by each process of each part, and the cores' counters. */
    record Reading(long atNanos, Map<String, Map<Long, Long>> ticks, Map<String, long[]> cores) {}

    private static final Path PROC = Path.of("/proc");
    /** Linux's USER_HZ, which /proc reports in; 100 on every kernel this runs on (getconf CLK_TCK). */
    private static final double TICKS_PER_SECOND = 100;

    private final List<Part> parts;

    CpuAccounting(List<Part> parts) {
        this.parts = List.copyOf(parts);
    }

    static boolean available() {
        return Files.isReadable(PROC.resolve("stat"));
    }

    /**
     * The PostgreSQL server whose data directory this is (the portal's and the sandbox's database): its postmaster,
     * named in the directory's postmaster.pid, and the processes it started. Not found among this JVM's child
     * processes: pg_ctl starts the server detached.
     */
    static Part postgres(String dataDirectory) {
        return new Part("PostgreSQL", () -> {
            try {
                long postmaster = Long.parseLong(Files.readAllLines(Path.of(dataDirectory, "postmaster.pid")).getFirst().strip());
                return ProcessHandle.of(postmaster).map(server -> Stream.concat(Stream.of(server), server.descendants())
                        .map(ProcessHandle::pid).toList()).orElse(List.of());
            } catch (IOException | RuntimeException unreadable) {
                return List.of();
            }
        });
    }

    /** This JVM: the protocol driver's sessions. */
    static Part loadGenerator() {
        return Part.of("load generator (this JVM)", ProcessHandle.current().pid());
    }

    Reading read() {
        if (!available()) {
            return new Reading(System.nanoTime(), Map.of(), Map.of());
        }
        Map<String, Map<Long, Long>> ticks = new LinkedHashMap<>();
        for (Part part : parts) {
            Map<Long, Long> perProcess = new HashMap<>();
            for (long pid : part.pids().get()) {
                long used = processTicks(pid);
                if (used >= 0) {
                    perProcess.put(pid, used);
                }
            }
            if (!perProcess.isEmpty()) {
                ticks.put(part.name(), perProcess);
            }
        }
        return new Reading(System.nanoTime(), ticks, coreCounters());
    }

    /**
     * A process counts from the first reading, or in full when it started in between (a new PostgreSQL connection);
     * one that ended in between is lost, which a connection pool makes rare.
     */
    Usage between(Reading first, Reading last) {
        double seconds = (last.atNanos() - first.atNanos()) / 1e9;
        if (first.ticks().isEmpty() || seconds <= 0) {
            return Usage.NONE;
        }
        Map<String, Double> cpu = new LinkedHashMap<>();
        last.ticks().forEach((part, processes) -> {
            Map<Long, Long> before = first.ticks().getOrDefault(part, Map.of());
            long used = 0;
            for (var process : processes.entrySet()) {
                used += process.getValue() - before.getOrDefault(process.getKey(), 0L);
            }
            cpu.put(part, used / TICKS_PER_SECOND);
        });
        Map<String, Double> busy = new LinkedHashMap<>();
        Map<String, Double> steal = new LinkedHashMap<>();
        last.cores().forEach((core, counters) -> {
            long[] before = first.cores().get(core);
            if (before == null) {
                return;
            }
            long total = 0;
            long[] delta = new long[counters.length];
            for (int i = 0; i < counters.length; i++) {
                delta[i] = counters[i] - before[i];
                total += delta[i];
            }
            if (total > 0) {
                // user nice system idle iowait irq softirq steal: busy is all but idle, iowait and steal
                busy.put(core, (delta[0] + delta[1] + delta[2] + delta[5] + delta[6]) / (double) total);
                steal.put(core, delta[7] / (double) total);
            }
        });
        List<String> missing = parts.stream().map(Part::name).filter(part -> !cpu.containsKey(part)).toList();
        return new Usage(seconds, cpu, busy, steal, missing);
    }

    /** utime + stime of every thread of the process, in ticks; -1 when it is gone. */
    private static long processTicks(long pid) {
        try {
            String stat = Files.readString(PROC.resolve(Long.toString(pid)).resolve("stat"));
            // the command name in parentheses may hold spaces: count fields after its closing parenthesis
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).trim().split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        } catch (IOException | RuntimeException gone) {
            return -1;
        }
    }

    /** The first eight counters of each "cpuN" line of /proc/stat, by core. */
    private static Map<String, long[]> coreCounters() {
        Map<String, long[]> cores = new LinkedHashMap<>();
        try {
            for (String line : Files.readAllLines(PROC.resolve("stat"))) {
                if (!line.startsWith("cpu") || line.startsWith("cpu ")) {
                    continue;
                }
                String[] fields = line.trim().split("\\s+");
                long[] counters = new long[8];
                for (int i = 0; i < counters.length && i + 1 < fields.length; i++) {
                    counters[i] = Long.parseLong(fields[i + 1]);
                }
                cores.put(fields[0].substring(3), counters);
            }
        } catch (IOException unreadable) {
            return Map.of();
        }
        return cores;
    }

    /** Adds the rows of one level: each part's CPU time per confirmed action, and how busy the cores were. */
    static void report(BenchmarkReport report, String name, Usage usage, int confirmedActions) {
        if (!usage.measured() || confirmedActions == 0) {
            return;
        }
        List<String> split = new ArrayList<>();
        double total = 0;
        for (var part : usage.cpuSeconds().entrySet()) {
            double perAction = part.getValue() * 1000 / confirmedActions;
            total += perAction;
            report.add(name + ": CPU per confirmed action, " + part.getKey(), "ms", List.of(perAction), "report");
            split.add(part.getKey() + " " + String.format(Locale.ROOT, "%.0f %%", 100 * part.getValue() / usage.seconds()));
        }
        report.add(name + ": CPU per confirmed action, all of the above", "ms", List.of(total), "report");
        List<String> missing = usage.missing();
        if (!missing.isEmpty()) {
            report.describe(name + ": no processes found for " + missing + ", so their CPU time is not counted");
        }
        usage.coreBusyShare().forEach((core, share) -> report.add(name + ": core " + core + " busy", "%",
                List.of(100 * share), "report"));
        report.describe(name + ": " + String.format(Locale.ROOT, "%.1f", usage.seconds())
                + " s measured; share of one core: " + String.join(", ", split) + "; steal by core: "
                + usage.coreStealShare().entrySet().stream().map(core -> core.getKey() + " "
                        + String.format(Locale.ROOT, "%.1f %%", 100 * core.getValue())).toList());
    }
}

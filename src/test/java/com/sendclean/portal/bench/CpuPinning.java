package com.sendclean.portal.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Keeps the portal (with the sandbox standing in for SendClean) and the load generator (this JVM and its Chromium)
 * on different cores, so the load generator's own work does not show up as the portal's latency. Needs Linux's
 * taskset and two cores; without them everything shares the machine and the report says so.
 * <p>
 * PostgreSQL is not pinned: pg_ctl starts the server detached from this JVM, so it runs on either core. Until
 * 30 November a method here meant to pin it looked for it among this JVM's child processes and silently found none,
 * here and at 6f12fca alike, so the capacity figures of both commits were measured with the database unpinned.
 */
final class CpuPinning {

    /** The portal's jar and the sandbox process. */
    static final String PORTAL_CPUS = "1";
    /** This JVM, its Chromium and the protocol driver. */
    static final String LOAD_CPUS = "0";

    private CpuPinning() {
    }

    static boolean available() {
        // not availableProcessors(): once this JVM is pinned it counts one core
        return BenchmarkReport.onlineCores() >= 2 && Stream.of("/usr/bin/taskset", "/bin/taskset")
                .map(Path::of).anyMatch(Files::isExecutable);
    }

    static String describe() {
        return available() ? "portal and sandbox on CPU " + PORTAL_CPUS + ", load generator on CPU " + LOAD_CPUS
                + ", PostgreSQL unpinned"
                : "not pinned (taskset or a second core missing)";
    }

    /** Pins every thread of a running process; threads and children it starts later inherit the pinning. */
    static void pin(long pid, String cpus) {
        if (!available()) {
            return;
        }
        try {
            Process taskset = new ProcessBuilder("taskset", "-a", "-p", "-c", cpus, Long.toString(pid))
                    .redirectErrorStream(true).start();
            String out = new String(taskset.getInputStream().readAllBytes());
            if (taskset.waitFor() != 0) {
                throw new IllegalStateException("taskset failed for " + pid + ": " + out);
            }
        } catch (IOException e) {
            throw new IllegalStateException("taskset failed for " + pid, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

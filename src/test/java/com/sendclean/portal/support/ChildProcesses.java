package com.sendclean.portal.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * What every launcher of a separate process needs (the portal jars of the benchmark and the cluster check, the
 * sandbox process, HAProxy): a free port to give it, a pause while polling it, and a stop that asks first.
 */
public final class ChildProcesses {

    private static final Duration FORCED_STOP = Duration.ofSeconds(10);

    private ChildProcesses() {}

    /** A port nothing listens on right now, for a process about to bind it. */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sleeps between two polls; an interrupt ends the wait with an exception instead of polling on. */
    public static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Asks the process to stop (SIGTERM, so it shuts down gracefully), and kills it if it has not within {@code grace}. */
    public static void stop(Process process, Duration grace) {
        process.destroy();
        try {
            if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor(FORCED_STOP.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

package com.sendclean.portal.cluster;

import com.sendclean.portal.support.ChildProcesses;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static com.sendclean.portal.support.ChildProcesses.freePort;
import static com.sendclean.portal.support.ChildProcesses.pause;

/** A process of the cluster check: the production jar, or HAProxy, started as an operator would and stopped by it. */
final class PortalJar implements AutoCloseable {

    private final String name;
    private final Process process;
    private final int port;
    private final Path log;

    private PortalJar(String name, Process process, int port, Path log) {
        this.name = name;
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /**
     * Launches the production jar, no profile, on the given database and keyset, with the sandbox on (it needs a
     * SendClean); {@link #awaitReady} waits for it, so that several start together as after a deployment.
     */
    static PortalJar start(Path jar, String name, Path workDir, Map<String, String> environment) {
        int port = freePort();
        Path dataDir = createDirectories(workDir.resolve(name + "-data"));
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-jar", jar.toAbsolutePath().toString(), "--server.port=" + port);
        var process = launch(name, command, dataDir, workDir, environment, Map.of("PORTAL_DATA_DIR", dataDir.toString()));
        return new PortalJar(name, process, port, workDir.resolve(name + ".log"));
    }

    /** Waits until the instance reports ready, as HAProxy's health check sees it. */
    PortalJar awaitReady() {
        awaitStatus("/actuator/health/readiness", 200, Duration.ofMinutes(10));
        return this;
    }

    /** HAProxy with the repository's deploy/haproxy.cfg, in front of the given instances. */
    static PortalJar haproxy(Path config, Path workDir, String portal1, String portal2) {
        int port = freePort();
        var process = launch("haproxy", List.of("haproxy", "-db", "-f", config.toAbsolutePath().toString()), workDir,
                workDir, Map.of(), Map.of("HAPROXY_BIND", "127.0.0.1:" + port, "PORTAL1_ADDR", portal1,
                        "PORTAL2_ADDR", portal2));
        var started = new PortalJar("haproxy", process, port, workDir.resolve("haproxy.log"));
        started.awaitStatus("/login", 200, Duration.ofMinutes(1));
        return started;
    }

    String name() {
        return name;
    }

    String address() {
        return "127.0.0.1:" + port;
    }

    String baseUrl() {
        return "http://" + address();
    }

    String log() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /** SIGTERM, as an orchestrator stops an instance: the portal shuts down gracefully. */
    void stop() {
        ChildProcesses.stop(process, Duration.ofSeconds(60));
    }

    boolean isAlive() {
        return process.isAlive();
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            stop();
        }
    }

    void awaitStatus(String path, int status, Duration patience) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl() + path)).timeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + patience.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " stopped while starting. Its log:\n" + log());
            }
            try {
                if (http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == status) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            pause(200);
        }
        throw new IllegalStateException(name + " did not answer " + path + " with " + status + " within " + patience
                + ". Its log:\n" + log());
    }

    private static Process launch(String name, List<String> command, Path directory, Path workDir,
                                  Map<String, String> environment, Map<String, String> more) {
        try {
            var builder = new ProcessBuilder(command).directory(directory.toFile())
                    .redirectErrorStream(true).redirectOutput(workDir.resolve(name + ".log").toFile());
            builder.environment().remove("SPRING_PROFILES_ACTIVE");
            builder.environment().putAll(environment);
            builder.environment().putAll(more);
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + name, e);
        }
    }

    private static Path createDirectories(Path directory) {
        try {
            return Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

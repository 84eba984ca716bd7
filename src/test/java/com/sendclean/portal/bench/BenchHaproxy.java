package com.sendclean.portal.bench;

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

import static com.sendclean.portal.support.ChildProcesses.freePort;

/**
 * HAProxy with the repository's deploy/haproxy.cfg in front of two portal jars, started as the cluster check starts
 * it (the addresses come from the environment the file reads); its request log goes to {@code haproxy.log}.
 */
final class BenchHaproxy implements AutoCloseable {

    private final Process process;
    private final int port;
    private final Path log;

    private BenchHaproxy(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    long pid() {
        return process.pid();
    }

    static BenchHaproxy start(Path workDir, String portal1BaseUrl, String portal2BaseUrl) {
        int port = freePort();
        Path log = workDir.resolve("haproxy.log");
        var builder = new ProcessBuilder(List.of("haproxy", "-db", "-f", Path.of("deploy", "haproxy.cfg").toAbsolutePath().toString()))
                .directory(workDir.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("HAPROXY_BIND", "127.0.0.1:" + port);
        builder.environment().put("PORTAL1_ADDR", URI.create(portal1BaseUrl).getAuthority());
        builder.environment().put("PORTAL2_ADDR", URI.create(portal2BaseUrl).getAuthority());
        try {
            var haproxy = new BenchHaproxy(builder.start(), port, log);
            haproxy.awaitLogin();
            return haproxy;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start haproxy", e);
        }
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /** HAProxy's request log so far: one line per request, naming the backend server that answered it. */
    List<String> logLines() {
        try {
            return Files.readAllLines(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void awaitLogin() {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest login = HttpRequest.newBuilder(URI.create(baseUrl() + "/login")).timeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("haproxy stopped while starting; see " + log);
            }
            try {
                if (http.send(login, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("haproxy did not answer /login within a minute; see " + log);
    }

    @Override
    public void close() {
        ChildProcesses.stop(process, Duration.ofSeconds(10));
    }
}

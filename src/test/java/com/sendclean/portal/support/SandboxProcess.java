package com.sendclean.portal.support;

import com.sendclean.portal.support.TestDatabaseInitializer.TestDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static com.sendclean.portal.support.ChildProcesses.freePort;
import static com.sendclean.portal.support.ChildProcesses.pause;

/**
 * The sandbox as operators and the benchmark and cluster checks run it: {@code java -jar <jar> sandbox --port=N}, a
 * JVM of its own, on the tests' PostgreSQL in the schema of this JVM's {@link SandboxServer}, so that accounts and
 * fault switches set up through {@link SandboxServer#accounts()} are the ones the process serves. Portal processes
 * reach it through {@link #portalEnvironment()}.
 */
public final class SandboxProcess implements AutoCloseable {

    private final Process process;
    private final int port;
    private final Path log;

    private SandboxProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Starts the jar's sandbox and waits until it answers a SendClean call; its log is {@code workDir/sandbox.log}. */
    public static SandboxProcess start(Path jar, Path workDir) {
        // this JVM's sandbox first: its Flyway creates the shared schema before the process looks at it
        SandboxServer.context();
        TestDatabase database = TestDatabase.get();
        int port = freePort();
        try {
            Path dataDir = Files.createDirectories(workDir.resolve("sandbox-data"));
            Path log = workDir.resolve("sandbox.log");
            var builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx256m", "-jar", jar.toAbsolutePath().toString(), "sandbox", "--port=" + port)
                    .directory(dataDir.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
            Map<String, String> env = builder.environment();
            env.put("SPRING_DATASOURCE_URL", database.url());
            env.put("SPRING_DATASOURCE_USERNAME", database.username());
            env.put("SPRING_DATASOURCE_PASSWORD", database.password());
            env.put("SENDCLEAN_SANDBOX_SCHEMA", SandboxServer.schema());
            env.put("PORTAL_DATA_DIR", dataDir.toString());
            env.remove("SPRING_PROFILES_ACTIVE");
            var started = new SandboxProcess(builder.start(), port, log);
            started.awaitAnswer();
            return started;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** SendClean's base URL for every app domain: this sandbox's. */
    public String baseUrl() {
        return "http://127.0.0.1:" + port + "/sandbox/v1.0/";
    }

    public long pid() {
        return process.pid();
    }

    /** The environment a portal jar needs to use this sandbox as its SendClean. */
    public Map<String, String> portalEnvironment() {
        return Map.of("SENDCLEAN_API_BASEURLTEMPLATE", baseUrl(), "SENDCLEAN_API_ALLOWPRIVATEADDRESSES", "true");
    }

    private void awaitAnswer() {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest listSmtp = HttpRequest.newBuilder(URI.create(baseUrl() + "settings/listSmtp"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"owner_id\":\"nobody\",\"token\":\"none\"}"))
                .timeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The sandbox jar stopped while starting; see " + log);
            }
            try {
                if (http.send(listSmtp, HttpResponse.BodyHandlers.ofString()).body().contains("AuthenticationError")) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            pause(100);
        }
        close();
        throw new IllegalStateException("The sandbox jar did not answer within 3 minutes; see " + log);
    }

    @Override
    public void close() {
        ChildProcesses.stop(process, Duration.ofSeconds(30));
    }
}

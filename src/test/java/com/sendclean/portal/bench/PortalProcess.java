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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;


/**
 * The portal as operators run it: the production-mode jar in a JVM of its own, with a fixed heap, pinned to its own
 * cores when taskset is available, on the given PostgreSQL database, with the sandbox process as its SendClean.
 */
final class PortalProcess implements AutoCloseable {

    /** What the jar is started with; the same for every start so that start-up times compare. */
    record Settings(Path jar, String heap, String cpus, Path workDir, Path keysetFile, String adminPassword,
            Map<String, String> sendClean, Path aotCache) {

        /** @param sendClean the environment that points the portal at its SendClean, e.g. the sandbox process's */
        Settings(Path jar, String heap, String cpus, Path workDir, Path keysetFile, String adminPassword,
                Map<String, String> sendClean) {
            this(jar, heap, cpus, workDir, keysetFile, adminPassword, sendClean, null);
        }

        /** The fast start operators use: the extracted jar with the AOT cache its training run wrote. */
        Settings withAotCache(Path extractedJar, Path cache) {
            return new Settings(extractedJar, heap, cpus, workDir, keysetFile, adminPassword, sendClean, cache);
        }

        /** The same start pinned to other CPUs (taskset's list, e.g. "0,1"). */
        Settings onCpus(String otherCpus) {
            return new Settings(jar, heap, otherCpus, workDir, keysetFile, adminPassword, sendClean, aotCache);
        }
    }

    private static final Pattern HEAP_USED = Pattern.compile("used (\\d+)K");

    private final Process process;
    private final int port;
    private final Path log;
    private final double startupSeconds;

    private PortalProcess(Process process, int port, Path log, double startupSeconds) {
        this.process = process;
        this.port = port;
        this.log = log;
        this.startupSeconds = startupSeconds;
    }

    /** Starts the jar and waits until /login answers 200; start-up time is measured from the process start. */
    static PortalProcess start(Settings settings, String name, String datasourceUrl, String dbUser, String dbPassword,
            int port) {
        try {
            Path dataDir = Files.createDirectories(settings.workDir().resolve(name + "-data"));
            Path log = settings.workDir().resolve(name + ".log");
            List<String> command = new ArrayList<>();
            if (CpuPinning.available()) {
                command.addAll(List.of("taskset", "-c", settings.cpus()));
            }
            command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xms" + settings.heap(), "-Xmx" + settings.heap(), "-XX:+UseG1GC"));
            // e.g. -Dbench.portal-jvm-args=-XX:StartFlightRecording=settings=profile,filename=portal.jfr to profile
            String extra = System.getProperty("bench.portal-jvm-args", "");
            if (!extra.isBlank()) {
                command.addAll(List.of(extra.trim().split("\\s+")));
            }
            if (settings.aotCache() != null) {
                command.add("-XX:AOTCache=" + settings.aotCache().toAbsolutePath());
            }
            command.addAll(List.of("-jar", settings.jar().toAbsolutePath().toString(), "--server.port=" + port));
            var builder = new ProcessBuilder(command).directory(dataDir.toFile())
                    .redirectErrorStream(true).redirectOutput(log.toFile());
            Map<String, String> env = builder.environment();
            env.put("SPRING_DATASOURCE_URL", datasourceUrl);
            env.put("SPRING_DATASOURCE_USERNAME", dbUser);
            env.put("SPRING_DATASOURCE_PASSWORD", dbPassword);
            env.put("PORTAL_DATA_DIR", dataDir.toString());
            env.put("PORTAL_CRYPTO_KEYSETFILE", settings.keysetFile().toString());
            env.put("PORTAL_BOOTSTRAP_ADMINPASSWORD", settings.adminPassword());
            env.put("PORTAL_BOOTSTRAP_ADMINPASSWORDFINAL", "true");
            env.putAll(settings.sendClean());
            env.remove("SPRING_PROFILES_ACTIVE");
            long started = System.nanoTime();
            Process process = builder.start();
            awaitLogin(process, port, log);
            double seconds = (System.nanoTime() - started) / 1e9;
            return new PortalProcess(process, port, log, seconds);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void awaitLogin(Process process, int port, Path log) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest login = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
                .timeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The portal jar stopped while starting; see " + log);
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
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        process.destroyForcibly();
        throw new IllegalStateException("The portal jar did not answer /login within 3 minutes; see " + log);
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    double startupSeconds() {
        return startupSeconds;
    }

    long pid() {
        return process.pid();
    }

    boolean logContains(String text) {
        try {
            return Files.readString(log).contains(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Heap in use after a full collection, as jcmd reports it for the portal's JVM. */
    long liveHeapBytes() {
        jcmd("GC.run");
        String info = jcmd("GC.heap_info");
        Matcher used = HEAP_USED.matcher(info);
        if (!used.find()) {
            throw new IllegalStateException("jcmd GC.heap_info gave no heap use: " + info);
        }
        return Long.parseLong(used.group(1)) * 1024;
    }

    private String jcmd(String command) {
        try {
            Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                    Long.toString(process.pid()), command).redirectErrorStream(true).start();
            String out = new String(jcmd.getInputStream().readAllBytes());
            if (jcmd.waitFor() != 0) {
                throw new IllegalStateException("jcmd " + command + " failed: " + out);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        ChildProcesses.stop(process, Duration.ofSeconds(30));
    }
}

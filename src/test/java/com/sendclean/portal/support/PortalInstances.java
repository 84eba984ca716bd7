package com.sendclean.portal.support;

import com.sendclean.portal.PortalApplication;
import com.sendclean.portal.crypto.KeysetCommand;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Several portal instances in this test JVM on ONE database schema, as several production instances share one
 * PostgreSQL: the mode the cluster tests need. Each instance is a whole application context on a random port with a
 * data directory of its own; all share one keyset file, as a cluster's instances share one keyset. Instances start
 * at the same time, as they would after a deployment. Other tests keep {@link IntegrationTest}'s schema per context.
 */
public final class PortalInstances implements AutoCloseable {

    private static final String LOGGING_SYSTEM = "org.springframework.boot.logging.LoggingSystem";
    /** Pass {@code spring.profiles.active} among the properties to start the instances in a profile, e.g. local. */
    public static final String PROFILES = "spring.profiles.active";

    private static final AtomicInteger clusters = new AtomicInteger();

    private final String schema;
    private final Path keysetFile;
    private final List<ConfigurableApplicationContext> instances = new ArrayList<>();

    private PortalInstances(String schema, Path keysetFile) {
        this.schema = schema;
        this.keysetFile = keysetFile;
    }

    /**
     * Starts {@code count} instances together on a fresh, empty schema.
     *
     * @param properties extra properties for every instance, e.g. {@link SandboxServer#portalProperties()}
     */
    public static PortalInstances start(int count, Map<String, String> properties) {
        TestDatabaseInitializer.TestDatabase database = TestDatabaseInitializer.TestDatabase.get();
        String schema = "cluster_" + ProcessHandle.current().pid() + "_" + clusters.incrementAndGet();
        try (Connection connection = DriverManager.getConnection(database.url(), database.username(), database.password())) {
            connection.createStatement().execute("create schema " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the shared test schema " + schema, e);
        }
        var cluster = new PortalInstances(schema, createKeyset());
        List<CompletableFuture<ConfigurableApplicationContext>> starting = new ArrayList<>();
        // a thread each: the common pool may have one thread on a small machine, which would start them in turn
        ExecutorService starters = Executors.newFixedThreadPool(count);
        // Spring Boot's logging set-up is JVM-wide and not made for contexts starting at the same moment (two threads
        // configuring Logback at once fail with an undefined structured format): the instances keep the logging the
        // test JVM already has
        String loggingSystem = System.setProperty(LOGGING_SYSTEM, "none");
        for (int i = 0; i < count; i++) {
            starting.add(CompletableFuture.supplyAsync(() -> cluster.startOne(database, properties), starters));
        }
        starters.shutdown();
        try {
            for (var instance : starting) {
                cluster.instances.add(instance.join());
            }
        } catch (RuntimeException failed) {
            starting.forEach(instance -> instance.thenAccept(ConfigurableApplicationContext::close));
            throw failed;
        } finally {
            if (loggingSystem == null) {
                System.clearProperty(LOGGING_SYSTEM);
            } else {
                System.setProperty(LOGGING_SYSTEM, loggingSystem);
            }
        }
        return cluster;
    }

    public ConfigurableApplicationContext instance(int index) {
        return instances.get(index);
    }

    public <T> T bean(int index, Class<T> type) {
        return instances.get(index).getBean(type);
    }

    public String url(int index) {
        return "http://localhost:" + ((WebServerApplicationContext) instances.get(index)).getWebServer().getPort();
    }

    public String schema() {
        return schema;
    }

    /** Stops one instance, as an operator stops one process of the cluster. */
    public void stop(int index) {
        instances.get(index).close();
    }

    @Override
    public void close() {
        instances.forEach(ConfigurableApplicationContext::close);
    }

    private ConfigurableApplicationContext startOne(TestDatabaseInitializer.TestDatabase database,
                                                    Map<String, String> extra) {
        Path dataDir;
        try {
            dataDir = Files.createTempDirectory("portal-cluster-data-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String separator = database.url().contains("?") ? "&" : "?";
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("spring.datasource.url", database.url() + separator + "currentSchema=" + schema);
        properties.put("spring.datasource.username", database.username());
        properties.put("spring.datasource.password", database.password());
        properties.put("portal.data-dir", dataDir.toString());
        properties.put("server.port", "0");
        properties.put("portal.bootstrap.admin-password", IntegrationTest.ADMIN_PASSWORD);
        properties.put("portal.bootstrap.admin-password-final", "true");
        properties.put("vaadin.devmode.devTools.enabled", "false");
        properties.put("portal.crypto.keyset-file", keysetFile.toString());
        properties.putAll(extra);
        // profiles are chosen before initializers run, so a profile is given to the builder
        String[] profiles = extra.containsKey(PROFILES) ? extra.get(PROFILES).split(",") : new String[0];
        return new SpringApplicationBuilder(PortalApplication.class)
                .profiles(profiles)
                .initializers(context -> TestPropertyValues.of(properties).applyTo(context))
                .run();
    }

    private static Path createKeyset() {
        try {
            Path file = Files.createTempDirectory("portal-cluster-keyset-").resolve("keyset.json");
            var ignored = new PrintStream(new ByteArrayOutputStream());
            if (new KeysetCommand(ignored, ignored).run(List.of("create", file.toString())) != 0) {
                throw new IllegalStateException("Cannot create the cluster's keyset in " + file);
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

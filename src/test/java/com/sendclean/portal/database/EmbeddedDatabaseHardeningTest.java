package com.sendclean.portal.database;

import com.sendclean.portal.config.PortalProperties;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The portal's embedded PostgreSQL is a production default, so it runs like a production server. */
class EmbeddedDatabaseHardeningTest {

    @TempDir
    Path dataDir;

    private final EmbeddedDatabaseConfiguration configuration = new EmbeddedDatabaseConfiguration();

    @Test
    void aNewClusterIsDurableListensOnLoopbackAndNeedsItsPassword() throws Exception {
        var properties = properties();
        try (EmbeddedPostgres postgres = configuration.embeddedPostgres(properties)) {
            assertRunsLikeProduction(postgres, properties);
        }
    }

    @Test
    void aClusterMadeByTheEarlierPortalIsMigratedAndKeepsItsData() throws Exception {
        Path directory = dataDir.resolve("postgres");
        // exactly what the portal did before: zonky's defaults, trust for everyone
        try (EmbeddedPostgres old = EmbeddedPostgres.builder().setDataDirectory(directory)
                .setCleanDataDirectory(false).start()) {
            JdbcClient.create(old.getPostgresDatabase()).sql("create table kept (note text)").update();
            JdbcClient.create(old.getPostgresDatabase()).sql("insert into kept values ('still here')").update();
        }
        assertThat(EmbeddedDatabaseHardening.trusts(directory)).as("the old cluster trusts everyone").isTrue();

        var properties = properties();
        try (EmbeddedPostgres postgres = configuration.embeddedPostgres(properties)) {
            assertRunsLikeProduction(postgres, properties);
            DataSource dataSource = configuration.dataSource(postgres, properties);
            assertThat(JdbcClient.create(dataSource).sql("select note from kept").query(String.class).single())
                    .isEqualTo("still here");
            ((AutoCloseable) dataSource).close();
        }
        // and again: the migrated cluster starts with its password
        try (EmbeddedPostgres again = configuration.embeddedPostgres(properties)) {
            assertRunsLikeProduction(again, properties);
        }
    }

    @Test
    void dataOfAnotherMajorVersionStopsStartUpWithTheWayToMoveIt() throws Exception {
        Path directory = dataDir.resolve("postgres");
        Files.createDirectories(directory);
        Files.writeString(directory.resolve("PG_VERSION"), "14\n");
        assertThatThrownBy(() -> configuration.embeddedPostgres(properties()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("was made by PostgreSQL 14 but this portal runs PostgreSQL "
                        + EmbeddedDatabaseHardening.BUNDLED_MAJOR)
                .hasMessageContaining("pg_dump");
    }

    private void assertRunsLikeProduction(EmbeddedPostgres postgres, PortalProperties properties) throws Exception {
        DataSource dataSource = configuration.dataSource(postgres, properties);
        try {
            JdbcClient jdbc = JdbcClient.create(dataSource);
            assertThat(jdbc.sql("show fsync").query(String.class).single()).isEqualTo("on");
            assertThat(jdbc.sql("show synchronous_commit").query(String.class).single()).isEqualTo("on");
            assertThat(jdbc.sql("show full_page_writes").query(String.class).single()).isEqualTo("on");
            assertThat(jdbc.sql("show listen_addresses").query(String.class).single()).isEqualTo("localhost");
            assertThat(jdbc.sql("select current_setting('server_version_num')::int / 10000").query(Integer.class).single())
                    .hasToString(EmbeddedDatabaseHardening.BUNDLED_MAJOR);
        } finally {
            ((AutoCloseable) dataSource).close();
        }
        Path directory = dataDir.resolve("postgres");
        assertThat(Files.readAllLines(directory.resolve("pg_hba.conf")).stream()
                .filter(line -> !line.strip().startsWith("#"))).noneMatch(line -> line.contains("trust"));

        String url = postgres.getJdbcUrl("postgres", "postgres");
        assertThatThrownBy(() -> DriverManager.getConnection(url, "postgres", "").close())
                .as("no connection without the password").isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> DriverManager.getConnection(url, "postgres", "not-the-password").close())
                .isInstanceOf(SQLException.class);

        Path passwordFile = dataDir.resolve("postgres-superuser-password.txt");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(passwordFile))).isEqualTo("rw-------");
        try (var connection = DriverManager.getConnection(url, "postgres", Files.readString(passwordFile).strip())) {
            assertThat(connection.isValid(5)).isTrue();
        }
    }

    private PortalProperties properties() {
        return new PortalProperties(dataDir, new PortalProperties.Bootstrap("admin", null, false));
    }
}

package com.sendclean.portal.database;

import com.sendclean.portal.config.PortalProperties;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

class EmbeddedDatabaseConfigurationTest {

    @TempDir
    Path dataDir;

    private final EmbeddedDatabaseConfiguration configuration = new EmbeddedDatabaseConfiguration();

    @Test
    void dataInTheDataDirectorySurvivesARestart() throws Exception {
        var properties = new PortalProperties(dataDir, new PortalProperties.Bootstrap("admin", null, false));

        try (EmbeddedPostgres first = configuration.embeddedPostgres(properties)) {
            DataSource dataSource = configuration.dataSource(first, properties);
            JdbcClient.create(dataSource).sql("create table kept (note text)").update();
            JdbcClient.create(dataSource).sql("insert into kept values ('still here')").update();
            ((AutoCloseable) dataSource).close();
        }

        try (EmbeddedPostgres second = configuration.embeddedPostgres(properties)) {
            DataSource dataSource = configuration.dataSource(second, properties);
            assertThat(JdbcClient.create(dataSource).sql("select note from kept").query(String.class).single())
                    .isEqualTo("still here");
            ((AutoCloseable) dataSource).close();
        }
        assertThat(dataDir.resolve("postgres").resolve("PG_VERSION")).exists();
    }
}

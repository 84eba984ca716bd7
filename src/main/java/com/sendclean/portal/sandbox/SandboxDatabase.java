package com.sendclean.portal.sandbox;

import com.sendclean.portal.database.EmbeddedDatabaseHardening;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * The sandbox application's own embedded PostgreSQL when no {@code spring.datasource.url} is given, hardened as the
 * portal's is, in {@code <portal.data-dir>/sandbox} so that it never shares files or a password with a portal started
 * in the same directory. With a URL, Spring Boot's datasource is used; either way connections work in the sandbox's
 * schema. Imported only by {@link SandboxApplication}, never scanned: not a {@code @Configuration}.
 */
class SandboxDatabase {

    private static final Logger log = LoggerFactory.getLogger(SandboxDatabase.class);
    private static final String NO_URL = "'${spring.datasource.url:}'.isBlank()";

    @Bean(destroyMethod = "close")
    @ConditionalOnExpression(NO_URL)
    EmbeddedPostgres sandboxPostgres(Environment environment) throws IOException {
        Path dataDir = dataDir(environment);
        Path directory = dataDir.resolve("postgres");
        Files.createDirectories(directory);
        log.info("No spring.datasource.url configured: starting the sandbox's embedded PostgreSQL in {}", directory);
        return EmbeddedDatabaseHardening.start(dataDir, directory);
    }

    @Bean
    @ConditionalOnExpression(NO_URL)
    DataSource dataSource(EmbeddedPostgres postgres, Environment environment) {
        var dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        dataSource.setUsername("postgres");
        dataSource.setPassword(EmbeddedDatabaseHardening.password(dataDir(environment)));
        dataSource.setSchema(environment.getRequiredProperty("sendclean.sandbox.schema"));
        dataSource.setPoolName("sandbox-embedded");
        dataSource.setMaximumPoolSize(10);
        return dataSource;
    }

    private static Path dataDir(Environment environment) {
        return Path.of(environment.getProperty("portal.data-dir", "./data")).toAbsolutePath().normalize()
                .resolve("sandbox");
    }
}

package com.sendclean.portal.database;

import com.sendclean.portal.config.PortalProperties;
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
import org.springframework.context.annotation.Configuration;

/**
 * With no {@code spring.datasource.url} the portal runs its own PostgreSQL, whose files live in
 * {@code <portal.data-dir>/postgres} and survive restarts. It runs like a production server
 * ({@link EmbeddedDatabaseHardening}): durable writes, loopback only, and a superuser password kept in
 * {@code <portal.data-dir>/postgres-superuser-password.txt}. With a URL, Spring Boot's ordinary datasource takes over
 * and this configuration stays out of the way.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isBlank()")
class EmbeddedDatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(PortalProperties properties) throws IOException {
        Path directory = properties.dataDir().toAbsolutePath().normalize().resolve("postgres");
        Files.createDirectories(directory);
        log.info("No spring.datasource.url configured: starting the embedded PostgreSQL in {}", directory);
        return EmbeddedDatabaseHardening.start(properties.dataDir().toAbsolutePath().normalize(), directory);
    }

    @Bean
    DataSource dataSource(EmbeddedPostgres postgres, PortalProperties properties) {
        var dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        dataSource.setUsername("postgres");
        dataSource.setPassword(EmbeddedDatabaseHardening.password(properties.dataDir().toAbsolutePath().normalize()));
        dataSource.setPoolName("portal-embedded");
        dataSource.setMaximumPoolSize(10);
        return dataSource;
    }
}

package com.sendclean.portal.sandbox;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The sandbox as an application of its own: {@code java -jar <jar> sandbox --port=N}. It holds only the sandbox (its
 * controller, accounts, faults, repository and security chain) with a web server, a datasource and Flyway: no portal
 * UI, security, modules or scheduled jobs. Its tables live in their own schema ({@code sendclean.sandbox.schema},
 * default {@code sandbox}) with their own Flyway history from {@code classpath:db/sandbox}; without
 * {@code spring.datasource.url} it runs an embedded PostgreSQL in {@code <portal.data-dir>/sandbox}. A portal reaches
 * it like any SendClean, through {@code sendclean.api.base-url-template}.
 *
 * <p>Deliberately not a {@code @Configuration}: the portal's component scan must never pick it up.
 */
@ComponentScan(basePackageClasses = SandboxApplication.class)
@Import(SandboxDatabase.class)
@EnableWebSecurity
@ImportAutoConfiguration({
        org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration.class,
        org.springframework.boot.autoconfigure.context.ConfigurationPropertiesAutoConfiguration.class,
        org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration.class,
        org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration.class,
        org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration.class,
        org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration.class,
        org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration.class,
        org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration.class,
        org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration.class,
        org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration.class,
        org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration.class,
        org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration.class,
        org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration.class,
        org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterAutoConfiguration.class})
public final class SandboxApplication {

    private static final Logger log = LoggerFactory.getLogger(SandboxApplication.class);

    /** The jar's first argument that starts the sandbox instead of the portal. */
    public static final String COMMAND = "sandbox";

    /** Its settings: {@code sandbox.properties} on the class path, then the usual environment and arguments. */
    static final String CONFIG_NAME = "sandbox";

    /**
     * Starts the sandbox. {@code --port=N} is the port (as {@code --server.port=N}); every other Spring Boot
     * argument, e.g. {@code --spring.datasource.url=...}, works as for the portal.
     */
    public static ConfigurableApplicationContext start(String... args) {
        List<String> arguments = new ArrayList<>();
        for (String arg : args) {
            arguments.add(arg.startsWith("--port=") ? "--server.port=" + arg.substring("--port=".length()) : arg);
        }
        ConfigurableApplicationContext context = new SpringApplicationBuilder(SandboxApplication.class)
                .main(SandboxApplication.class)
                .web(WebApplicationType.SERVLET)
                .bannerMode(Banner.Mode.OFF)
                // sandbox.properties instead of the portal's application.properties
                .properties("spring.config.name=" + CONFIG_NAME)
                .run(arguments.toArray(String[]::new));
        var environment = context.getEnvironment();
        log.info("The SendClean sandbox answers at http://{}:{}{}/ ; point a portal's SENDCLEAN_API_BASEURLTEMPLATE there",
                environment.getProperty("server.address", "localhost"), environment.getProperty("local.server.port"),
                SandboxController.BASE_PATH);
        return context;
    }

    /** Everything but the sandbox API is refused, so the process serves nothing else by accident. */
    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    SecurityFilterChain sandboxServerRefusesEverythingElse(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests.anyRequest().denyAll())
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        return http.build();
    }
}

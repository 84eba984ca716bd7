package com.sendclean.portal.support;

import com.sendclean.portal.sandbox.SandboxAccounts;
import com.sendclean.portal.sandbox.SandboxApplication;
import com.sendclean.portal.support.TestDatabaseInitializer.TestDatabase;
import java.util.List;
import java.util.Map;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.test.context.TestContextAnnotationUtils;

/**
 * The one SendClean sandbox of this test JVM: the sandbox application ({@code java -jar <jar> sandbox} runs the same
 * {@link SandboxApplication}) as a separate Spring application context in this JVM, on a random loopback port, in a
 * schema of its own on the tests' PostgreSQL. It starts when a test first needs it (for a portal test, before the
 * portal's context) and stops when the JVM ends.
 * Portals reach it through {@code sendclean.api.base-url-template} like any SendClean ({@link UsesSandbox}); tests
 * set up its accounts and fault switches through its own beans, never through a portal context.
 */
public final class SandboxServer {

    private static ConfigurableApplicationContext context;

    private SandboxServer() {}

    public static synchronized ConfigurableApplicationContext context() {
        if (context == null) {
            TestDatabase database = TestDatabase.get();
            context = SandboxApplication.start(
                    "--server.port=0",
                    "--spring.datasource.url=" + database.url(),
                    "--spring.datasource.username=" + database.username(),
                    "--spring.datasource.password=" + database.password(),
                    "--spring.datasource.hikari.maximum-pool-size=5",
                    "--sendclean.sandbox.schema=" + schema(),
                    // Spring Boot sets logging up JVM-wide on every start: the same levels as IntegrationTest's
                    "--logging.level.com.sendclean.portal=DEBUG");
            // Spring Boot's own shutdown hook closes it too; this one also covers a hook-less configuration
            Runtime.getRuntime().addShutdownHook(new Thread(context::close, "sandbox-server-stop"));
        }
        return context;
    }

    /** The sandbox's schema on the tests' database; a process started with it shares the accounts set up here. */
    public static String schema() {
        return "sandbox_" + ProcessHandle.current().pid();
    }

    public static int port() {
        return context().getEnvironment().getRequiredProperty("local.server.port", Integer.class);
    }

    /** SendClean's API base URL for every app domain: the sandbox's. */
    public static String baseUrl() {
        return "http://127.0.0.1:" + port() + "/sandbox/v1.0/";
    }

    /** What a portal needs to talk to this sandbox: its URL, and leave to reach a loopback address. */
    public static Map<String, String> portalProperties() {
        return Map.of("sendclean.api.base-url-template", baseUrl(),
                "sendclean.api.allow-private-addresses", "true");
    }

    public static SandboxAccounts accounts() {
        return context().getBean(SandboxAccounts.class);
    }

    /** The sandbox's own tables (its schema), for what its API has no switch for. */
    public static JdbcClient jdbc() {
        return context().getBean(JdbcClient.class);
    }

    /** Gives a portal test context marked {@link UsesSandbox} the sandbox's URL; started on first use. */
    static final class PortalCustomizerFactory implements ContextCustomizerFactory {

        @Override
        public ContextCustomizer createContextCustomizer(Class<?> testClass,
                                                         List<ContextConfigurationAttributes> configAttributes) {
            if (!TestContextAnnotationUtils.hasAnnotation(testClass, UsesSandbox.class)) {
                return null;
            }
            // started here, before the portal context sets logging up, so the portal's own levels win
            context();
            return new PortalCustomizer();
        }
    }

    /** Equal to every other, so contexts that differ only in it still share Spring's context cache. */
    record PortalCustomizer() implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext portal, MergedContextConfiguration config) {
            // last: a test's own property of the same name wins
            portal.getEnvironment().getPropertySources()
                    .addLast(new MapPropertySource("sandboxServer", Map.copyOf(portalProperties())));
        }
    }
}

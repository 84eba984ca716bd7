package com.sendclean.portal.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * A test against the whole portal on a real PostgreSQL: the server in SPRING_DATASOURCE_URL when set, otherwise the
 * test JVM's one embedded PostgreSQL. Each application context gets a schema of its own, so contexts never see each
 * other's data. The portal listens on a random port, which browser tests use.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "portal.bootstrap.admin-password=" + IntegrationTest.ADMIN_PASSWORD,
        // most tests sign in as admin; only the bootstrap tests see the forced change of a given password
        "portal.bootstrap.admin-password-final=true",
        "logging.level.com.sendclean.portal=DEBUG",
        // the development tools overlay is not part of the portal users see
        "vaadin.devmode.devTools.enabled=false",
        // a throwaway keyset per context, in its temporary data directory, as the local profile makes one
        "portal.crypto.generate-local-keyset=true"
})
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
public @interface IntegrationTest {

    /** The bootstrap administrator's password in tests that do not ask for a generated one. */
    String ADMIN_PASSWORD = "integration-suite-passphrase";
}

package com.sendclean.portal.signin;

import java.nio.file.Path;
import org.springframework.jdbc.core.simple.JdbcClient;
import com.sendclean.portal.security.SignInThrottledException;
import com.sendclean.portal.PortalApplication;
import com.sendclean.portal.support.IntegrationTest;
import com.sendclean.portal.support.TestTenants;
import com.sendclean.portal.tenant.TenantRole;
import java.nio.file.Files;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
@SmallSignInLimits
class SignInThrottleTest {

    private static final AtomicInteger addresses = new AtomicInteger();

    @Autowired SignInAuthenticationProvider signIn;
    @Autowired TestTenants testTenants;
    @Autowired Environment environment;
    @Autowired JdbcClient jdbc;

    @Test
    void afterTooManyFailuresFromOneAddressEvenTheRightPasswordIsRefusedThereForAWhile() {
        String user = readyUser("throttled");
        String address = newAddress();
        for (int i = 0; i < SmallSignInLimits.MAX_FAILURES; i++) {
            assertThatThrownBy(() -> attempt(signIn, user, "not the password", address))
                    .isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> attempt(signIn, user, TestTenants.PASSWORD, address))
                .isInstanceOf(SignInThrottledException.class);
        assertThatThrownBy(() -> attempt(signIn, user.toUpperCase(), TestTenants.PASSWORD, address))
                .as("the pause is for the account name in any case")
                .isInstanceOf(SignInThrottledException.class);
    }

    @Test
    void failuresFromOneAddressDoNotLockTheOwnerOutWhoSignsInFromAnother() {
        String user = readyUser("owner");
        String attacker = newAddress();
        for (int i = 0; i < SmallSignInLimits.MAX_FAILURES + 1; i++) {
            assertThatThrownBy(() -> attempt(signIn, user, "not the password", attacker))
                    .isInstanceOfAny(BadCredentialsException.class, SignInThrottledException.class);
        }
        assertThat(attempt(signIn, user, TestTenants.PASSWORD, newAddress()).isAuthenticated())
                .as("the owner from their own address").isTrue();
        assertThatThrownBy(() -> attempt(signIn, user, TestTenants.PASSWORD, attacker))
                .as("the attacker's address stays paused").isInstanceOf(SignInThrottledException.class);
    }

    @Test
    void guessingSpreadOverManyAddressesMeetsTheAccountCeilingWhichPausesAtMostTheMaximumDelay() {
        String user = readyUser("ceiling");
        for (int i = 0; i < SmallSignInLimits.ACCOUNT_MAX_FAILURES; i++) {
            String address = newAddress();
            assertThatThrownBy(() -> attempt(signIn, user, "not the password", address))
                    .isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> attempt(signIn, user, TestTenants.PASSWORD, newAddress()))
                .isInstanceOf(SignInThrottledException.class);
        // many more failures never make the pause longer than max-delay: a delay, never a lock
        for (int i = 0; i < 20; i++) {
            jdbc.sql("""
                            update sign_in_throttle set blocked_until = null
                             where scope = 'ACCOUNT' and key = :key""").param("key", user.toLowerCase()).update();
            String address = newAddress();
            assertThatThrownBy(() -> attempt(signIn, user, "not the password", address))
                    .isInstanceOf(BadCredentialsException.class);
        }
        Boolean capped = jdbc.sql("""
                        select blocked_until <= now() + make_interval(secs => :seconds) from sign_in_throttle
                         where scope = 'ACCOUNT' and key = :key""")
                .param("seconds", SmallSignInLimits.MAX_DELAY.toSeconds() + 5)
                .param("key", user.toLowerCase())
                .query(Boolean.class).single();
        assertThat(capped).isTrue();
    }

    @Test
    void unknownNamesAreThrottledExactlyLikeRealOnesSoTheAnswerRevealsNothing() {
        String address = newAddress();
        for (int i = 0; i < SmallSignInLimits.MAX_FAILURES; i++) {
            assertThatThrownBy(() -> attempt(signIn, "nobody-by-this-name", "not the password", address))
                    .isInstanceOf(BadCredentialsException.class)
                    .hasMessage("Bad credentials");
        }
        assertThatThrownBy(() -> attempt(signIn, "nobody-by-this-name", "not the password", address))
                .isInstanceOf(SignInThrottledException.class);
    }

    @Test
    void aSuccessfulSignInClearsTheAccountsCount() {
        String user = readyUser("forgiven");
        String address = newAddress();
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < SmallSignInLimits.MAX_FAILURES - 1; i++) {
                assertThatThrownBy(() -> attempt(signIn, user, "not the password", address))
                        .isInstanceOf(BadCredentialsException.class);
            }
            assertThat(attempt(signIn, user, TestTenants.PASSWORD, address).isAuthenticated()).isTrue();
        }
    }

    @Test
    void anAddressThatFailsAcrossManyAccountsIsSlowedForEveryAccount() {
        String address = newAddress();
        for (int i = 0; i < SmallSignInLimits.ADDRESS_MAX_FAILURES; i++) {
            String guessedName = "guess-" + i;
            assertThatThrownBy(() -> attempt(signIn, guessedName, "not the password", address))
                    .isInstanceOf(BadCredentialsException.class);
        }
        String user = readyUser("neighbour");
        assertThatThrownBy(() -> attempt(signIn, user, TestTenants.PASSWORD, address))
                .isInstanceOf(SignInThrottledException.class);
        assertThat(attempt(signIn, user, TestTenants.PASSWORD, newAddress()).isAuthenticated())
                .as("the same account from another address").isTrue();
    }

    @Test
    void twoPortalInstancesOnOneDatabaseShareTheCount() throws Exception {
        String user = readyUser("shared");
        String address = newAddress();
        try (ConfigurableApplicationContext second = startSecondInstance()) {
            SignInAuthenticationProvider otherInstance = second.getBean(SignInAuthenticationProvider.class);
            assertThatThrownBy(() -> attempt(signIn, user, "not the password", address))
                    .isInstanceOf(BadCredentialsException.class);
            assertThatThrownBy(() -> attempt(otherInstance, user, "not the password", address))
                    .isInstanceOf(BadCredentialsException.class);
            assertThatThrownBy(() -> attempt(signIn, user, "not the password", address))
                    .isInstanceOf(BadCredentialsException.class);

            assertThatThrownBy(() -> attempt(otherInstance, user, TestTenants.PASSWORD, address))
                    .isInstanceOf(SignInThrottledException.class);
            assertThatThrownBy(() -> attempt(signIn, user, TestTenants.PASSWORD, address))
                    .isInstanceOf(SignInThrottledException.class);
        }
    }

    /** A second portal on the same database schema, as a second instance behind a load balancer would be. */
    private ConfigurableApplicationContext startSecondInstance() throws Exception {
        // command-line arguments, so that they win over application.properties like a real instance's would
        String[] arguments = {
                "--spring.datasource.url=" + environment.getRequiredProperty("spring.datasource.url"),
                "--spring.datasource.username=" + environment.getRequiredProperty("spring.datasource.username"),
                "--spring.datasource.password=" + environment.getProperty("spring.datasource.password", ""),
                "--portal.data-dir=" + Files.createTempDirectory("portal-second-instance-"),
                // instances share the keyset, as in production; without one the portal refuses to start
                "--portal.crypto.keyset-file=" + Path.of(environment.getRequiredProperty("portal.data-dir"))
                        .toAbsolutePath().resolve("local-keyset.json"),
                "--portal.bootstrap.admin-password=" + IntegrationTest.ADMIN_PASSWORD,
                "--server.port=0",
                "--vaadin.devmode.devTools.enabled=false",
                "--portal.security.throttle.max-failures=" + SmallSignInLimits.MAX_FAILURES,
                "--portal.security.throttle.address-max-failures=" + SmallSignInLimits.ADDRESS_MAX_FAILURES,
                "--portal.security.throttle.initial-delay=10m"};
        var application = new SpringApplicationBuilder(PortalApplication.class).build();
        application.setRegisterShutdownHook(false);
        return application.run(arguments);
    }

    private String readyUser(String name) {
        return testTenants.readyMember(testTenants.tenant("Throttle"), name, TenantRole.VIEWER).username();
    }

    private static String newAddress() {
        return "203.0.113." + addresses.incrementAndGet();
    }

    private static Authentication attempt(SignInAuthenticationProvider provider, String username, String password,
                                          String address) {
        var token = UsernamePasswordAuthenticationToken.unauthenticated(username, password);
        token.setDetails(new WebAuthenticationDetails(address, null));
        return provider.authenticate(token);
    }
}

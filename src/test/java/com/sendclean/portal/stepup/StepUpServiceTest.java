package com.sendclean.portal.stepup;

import com.sendclean.portal.security.PortalAuthentication;
import com.sendclean.portal.security.PortalUser;
import com.sendclean.portal.twofactor.TwoFactorFixture;
import com.sendclean.portal.twofactor.TwoFactorService;
import com.sendclean.portal.support.IntegrationTest;
import com.sendclean.portal.support.SignedIn;
import com.sendclean.portal.support.TestTenants;
import com.sendclean.portal.tenant.TenantRole;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class StepUpServiceTest {

    @Autowired StepUpService stepUp;
    @Autowired TwoFactorService twoFactor;
    @Autowired TwoFactorFixture fixture;
    @Autowired SignedIn signedIn;
    @Autowired TestTenants testTenants;
    @Autowired UserDetailsServiceHolder users;
    @Autowired SecurityContextHolderStrategy strategy;

    @AfterEach
    void signOut() {
        strategy.clearContext();
    }

    @Test
    void aRecentPasswordIsFreshAndAnOldOneIsNot() {
        PortalUser user = users.load(readyUser("fresh"));
        signInAs(new PortalAuthentication(user, Instant.now(), Instant.now().minus(Duration.ofMinutes(14)), 0));
        assertThat(stepUp.isFresh()).isTrue();
        stepUp.requireFresh();

        signInAs(new PortalAuthentication(user, Instant.now(), Instant.now().minus(Duration.ofMinutes(16)), 0));
        assertThat(stepUp.isFresh()).isFalse();
        assertThatThrownBy(stepUp::requireFresh).isInstanceOf(StepUpRequiredException.class)
                .hasMessage("Confirm your password to continue.");
    }

    @Test
    void confirmingThePasswordMakesItFreshAndAWrongOneIsRefused() {
        String user = readyUser("confirming");
        signedIn.as(user, () -> {
            assertThat(stepUp.isFresh()).isFalse();
            assertThatThrownBy(() -> stepUp.confirmPassword("not my password")).isInstanceOf(StepUpRefusedException.class)
                    .hasMessage("The password is not correct.");
            assertThat(stepUp.isFresh()).isFalse();
            stepUp.confirmPassword(TestTenants.PASSWORD);
            assertThat(stepUp.isFresh()).isTrue();
        });
    }

    @Test
    void servicesRefuseSensitiveActionsWithoutARecentPassword() {
        String user = readyUser("sensitive");
        fixture.enrol(user);
        assertThatThrownBy(() -> signedIn.as(user, twoFactor::newRecoveryCodes)).isInstanceOf(StepUpRequiredException.class);
        signedIn.as(user, () -> {
            stepUp.confirmPassword(TestTenants.PASSWORD);
            assertThat(twoFactor.newRecoveryCodes()).hasSize(10);
        });
    }

    private void signInAs(PortalAuthentication authentication) {
        var context = strategy.createEmptyContext();
        context.setAuthentication(authentication);
        strategy.setContext(context);
    }

    private String readyUser(String name) {
        return testTenants.readyMember(testTenants.tenant("Step-up"), name, TenantRole.VIEWER).username();
    }
}

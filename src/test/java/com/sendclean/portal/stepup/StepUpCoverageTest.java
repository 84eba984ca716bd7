package com.sendclean.portal.stepup;

import com.sendclean.portal.account.AccountService;
import com.sendclean.portal.account.PasswordChangeRefusedException;
import com.sendclean.portal.account.UserAdministrationService;
import com.sendclean.portal.signin.SmallSignInLimits;
import com.sendclean.portal.twofactor.TwoFactorFixture;
import com.sendclean.portal.twofactor.TwoFactorService;

import com.sendclean.portal.credentials.CredentialsService;
import com.sendclean.portal.smtpusers.SmtpUserService;
import com.sendclean.portal.support.IntegrationTest;
import com.sendclean.portal.support.SignedIn;
import com.sendclean.portal.support.TestTenants;
import com.sendclean.portal.tenant.TenantAdministrationService;
import com.sendclean.portal.tenant.TenantRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Actions that hand out a secret or change who can get in need a recent password entry, so that a session left
 * open cannot be used for them; and the "change password" form cannot be used to guess the current password.
 */
@IntegrationTest
@SmallSignInLimits
class StepUpCoverageTest {

    @Autowired SignedIn signedIn;
    @Autowired TestTenants testTenants;
    @Autowired SmtpUserService smtpUsers;
    @Autowired CredentialsService credentials;
    @Autowired TwoFactorService twoFactor;
    @Autowired TwoFactorFixture fixture;
    @Autowired UserAdministrationService userAdministration;
    @Autowired TenantAdministrationService tenantAdministration;
    @Autowired AccountService accounts;

    @Test
    void aTenantAdminNeedsARecentPasswordToResetAnSmtpPasswordOrRemoveCredentials() {
        var tenant = testTenants.tenant("Stale");
        var admin = testTenants.readyMember(tenant, "stale-admin", TenantRole.ADMIN);
        assertThatThrownBy(() -> signedIn.as(admin.username(), () -> smtpUsers.resetPassword(tenant.id(), "smtp-user")))
                .isInstanceOf(StepUpRequiredException.class);
        assertThatThrownBy(() -> signedIn.as(admin.username(), () -> credentials.remove(tenant.id())))
                .isInstanceOf(StepUpRequiredException.class);
        assertThat(signedIn.asConfirmed(admin.username(), TestTenants.PASSWORD, () -> credentials.remove(tenant.id())))
                .as("with a recent password: nothing stored, nothing removed").isFalse();
    }

    @Test
    void enrollingInAndTurningOffTwoFactorSignInNeedARecentPassword() {
        var user = testTenants.readyMember(testTenants.tenant("Stale 2FA"), "stale-tfa", TenantRole.VIEWER);
        assertThatThrownBy(() -> signedIn.as(user.username(), twoFactor::startEnrolment))
                .isInstanceOf(StepUpRequiredException.class);
        var enrolled = fixture.enrol(user.username(), TestTenants.PASSWORD);
        assertThatThrownBy(() -> signedIn.as(user.username(),
                () -> twoFactor.disable(enrolled.authenticator().nextCode())))
                .isInstanceOf(StepUpRequiredException.class);
        assertThat(signedIn.as(user.username(), twoFactor::status).enrolled()).isTrue();
    }

    @Test
    void aPlatformAdministratorNeedsARecentPasswordToResetAPasswordOrGrantAMembership() {
        var tenant = testTenants.tenant("Stale platform");
        var user = testTenants.user("stale-user");
        assertThatThrownBy(() -> signedIn.as("admin",
                () -> userAdministration.resetPassword(user.id(), "a reset passphrase for them")))
                .isInstanceOf(StepUpRequiredException.class);
        assertThatThrownBy(() -> signedIn.as("admin",
                () -> tenantAdministration.grant(tenant.id(), user.id(), TenantRole.ADMIN)))
                .isInstanceOf(StepUpRequiredException.class);
        assertThat(signedIn.as("admin", () -> tenantAdministration.members(tenant.id()))).isEmpty();
    }

    @Test
    void wrongCurrentPasswordsInChangePasswordCountTowardsTheThrottle() {
        var user = testTenants.readyMember(testTenants.tenant("Guessing"), "guesser", TenantRole.VIEWER);
        for (int i = 0; i < SmallSignInLimits.MAX_FAILURES; i++) {
            int attempt = i;
            assertThatThrownBy(() -> signedIn.as(user.username(),
                    () -> accounts.changeOwnPassword("guess number " + attempt, "a new passphrase for me")))
                    .isInstanceOf(PasswordChangeRefusedException.class)
                    .hasMessage("The current password is not correct.");
        }
        assertThatThrownBy(() -> signedIn.as(user.username(),
                () -> accounts.changeOwnPassword(TestTenants.PASSWORD, "a new passphrase for me")))
                .isInstanceOf(PasswordChangeRefusedException.class)
                .hasMessage("Too many wrong passwords. Wait a few minutes and try again.");
    }
}

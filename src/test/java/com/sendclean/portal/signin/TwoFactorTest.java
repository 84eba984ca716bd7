package com.sendclean.portal.signin;

import org.springframework.jdbc.core.simple.JdbcClient;
import com.sendclean.portal.twofactor.TotpEnrolment;
import com.sendclean.portal.twofactor.TwoFactorFixture;
import com.sendclean.portal.twofactor.TwoFactorService;
import com.sendclean.portal.twofactor.TwoFactorStatus;
import com.sendclean.portal.account.UserAdministrationService;
import com.sendclean.portal.security.PortalAuthentication;
import com.sendclean.portal.security.TwoFactorPendingAuthentication;
import com.sendclean.portal.shared.InvalidInputException;
import com.sendclean.portal.support.IntegrationTest;
import com.sendclean.portal.support.SignedIn;
import com.sendclean.portal.support.TestTenants;
import com.sendclean.portal.tenant.TenantRole;
import com.sendclean.portal.tenant.TenantService;
import com.sendclean.portal.tenant.TenantSignInPolicyService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class TwoFactorTest {

    @Autowired SignInAuthenticationProvider signIn;
    @Autowired TwoFactorSignIn secondStep;
    @Autowired TwoFactorService twoFactor;
    @Autowired JdbcClient jdbc;
    @Autowired TwoFactorFixture fixture;
    @Autowired TestTenants testTenants;
    @Autowired SignedIn signedIn;
    @Autowired SecurityContextHolderStrategy strategy;
    @Autowired TenantService tenantService;
    @Autowired UserAdministrationService userAdministration;
    @Autowired TenantSignInPolicyService policy;

    @AfterEach
    void signOut() {
        strategy.clearContext();
    }

    @Test
    void enrolmentNeedsTheRightCodeAndGivesTenRecoveryCodes() {
        String user = readyUser("enrolling");
        TotpEnrolment enrolment = signedIn.asConfirmed(user, TestTenants.PASSWORD, twoFactor::startEnrolment);
        assertThat(enrolment.qrCodeDataUri()).startsWith("data:image/png;base64,");
        assertThat(enrolment.toString()).doesNotContain(enrolment.secret());
        assertThatThrownBy(() -> signedIn.asConfirmed(user, TestTenants.PASSWORD, () -> twoFactor.confirmEnrolment("000000")))
                .isInstanceOf(InvalidInputException.class);
        assertThat(signedIn.as(user, twoFactor::status).enrolled()).isFalse();

        var codes = signedIn.asConfirmed(user, TestTenants.PASSWORD, () -> twoFactor.confirmEnrolment(fixture.authenticator(enrolment.secret()).nextCode()));
        assertThat(codes).hasSize(10).doesNotHaveDuplicates().allMatch(code -> code.matches("[A-Z2-9]{4}(-[A-Z2-9]{4}){3}"));
        assertThat(signedIn.as(user, twoFactor::status)).isEqualTo(new TwoFactorStatus(true, false, false, 10));
    }

    @Test
    void aPasswordAloneGivesOnlyAPendingSignInThatNoServiceAccepts() {
        String user = readyUser("pending");
        fixture.enrol(user);
        Authentication afterPassword = passwordStep(user);
        assertThat(afterPassword).isInstanceOf(TwoFactorPendingAuthentication.class);
        assertThat(afterPassword.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_TWO_FACTOR_PENDING");

        useAuthentication(afterPassword);
        assertThatThrownBy(() -> tenantService.myTenants()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> twoFactor.status()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> userAdministration.listUsers()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theCodeCompletesTheSignInAndCannotBeUsedTwice() {
        String user = readyUser("coder");
        var enrolled = fixture.enrol(user);

        useAuthentication(passwordStep(user));
        assertThatThrownBy(() -> secondStep.complete("123456")).isInstanceOf(TwoFactorRefusedException.class);
        secondStep.complete(enrolled.authenticator().nextCode());
        assertThat(strategy.getContext().getAuthentication()).isInstanceOf(PortalAuthentication.class);
        assertThat(tenantService.myTenants()).hasSize(1);

        useAuthentication(passwordStep(user));
        assertThatThrownBy(() -> secondStep.complete(enrolled.authenticator().lastCode()))
                .as("a code seen once is spent").isInstanceOf(TwoFactorRefusedException.class);
    }

    @Test
    void aRecoveryCodeSignsInOnceOnly() {
        String user = readyUser("recovering");
        var enrolled = fixture.enrol(user);
        String recoveryCode = enrolled.recoveryCodes().get(3);

        useAuthentication(passwordStep(user));
        assertThat(secondStep.complete(recoveryCode.toLowerCase()).recoveryCodesLeft()).isEqualTo(9);
        assertThat(strategy.getContext().getAuthentication()).isInstanceOf(PortalAuthentication.class);

        useAuthentication(passwordStep(user));
        assertThatThrownBy(() -> secondStep.complete(recoveryCode)).isInstanceOf(TwoFactorRefusedException.class);
    }

    @Test
    void turningItOffNeedsACurrentCode() {
        String user = readyUser("quitter");
        var enrolled = fixture.enrol(user);
        assertThatThrownBy(() -> signedIn.asConfirmed(user, TestTenants.PASSWORD, () -> twoFactor.disable("000000")))
                .isInstanceOf(InvalidInputException.class).hasMessage("The code is not correct.");
        signedIn.asConfirmed(user, TestTenants.PASSWORD, () -> twoFactor.disable(enrolled.authenticator().nextCode()));
        assertThat(passwordStep(user)).isInstanceOf(PortalAuthentication.class);
    }

    @Test
    void aTenantThatRequiresItMakesItsMembersEnrolAndKeepIt() {
        var tenant = testTenants.tenant("Strict");
        var admin = testTenants.readyMember(tenant, "strict-admin", TenantRole.ADMIN);
        var member = testTenants.readyMember(tenant, "strict-member", TenantRole.VIEWER);
        assertThatThrownBy(() -> signedIn.as(admin.username(), () -> policy.setRequireTwoFactor(tenant.id(), true)))
                .as("the admin must have it first").isInstanceOf(InvalidInputException.class);
        var adminApp = fixture.enrol(admin.username());
        signedIn.as(admin.username(), () -> policy.setRequireTwoFactor(tenant.id(), true));
        assertThatThrownBy(() -> signedIn.as(member.username(), () -> policy.setRequireTwoFactor(tenant.id(), false)))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(signedIn.as(member.username(), twoFactor::mustEnrol)).isTrue();
        fixture.enrol(member.username());
        assertThat(signedIn.as(member.username(), twoFactor::mustEnrol)).isFalse();
        assertThatThrownBy(() -> signedIn.asConfirmed(admin.username(), TestTenants.PASSWORD,
                () -> twoFactor.disable(adminApp.authenticator().nextCode())))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("requires two-factor sign-in");
    }

    @Test
    void onlyAPlatformAdministratorWithTwoFactorSignInCanRequireItForThemselves() {
        assertThatThrownBy(() -> signedIn.as(readyUser("plain"), () -> twoFactor.requireForMyself(true)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> signedIn.as("admin", () -> twoFactor.requireForMyself(true)))
                .isInstanceOf(InvalidInputException.class).hasMessage("Set up two-factor sign-in first.");
    }

    @Test
    void aPlatformAdministratorWhoRequiresItForThemselvesCannotTurnItOffAndSignsInWithACode() {
        String second = readyUser("second-admin");
        // a second platform administrator, so that the shared bootstrap one stays without two-factor for other tests
        jdbc.sql("update user_account set platform_admin = true where lower(username) = lower(:name)")
                .param("name", second).update();
        var enrolled = fixture.enrol(second);
        signedIn.as(second, () -> twoFactor.requireForMyself(true));

        assertThatThrownBy(() -> signedIn.asConfirmed(second, TestTenants.PASSWORD, () -> twoFactor.disable("000000")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("Your account requires two-factor sign-in, so it cannot be turned off.");
        assertThat(passwordStep(second)).as("the password alone is only a pending sign-in")
                .isNotInstanceOf(PortalAuthentication.class);

        signedIn.as(second, () -> twoFactor.requireForMyself(false));
        signedIn.asConfirmed(second, TestTenants.PASSWORD, () -> twoFactor.disable(enrolled.authenticator().nextCode()));
        assertThat(passwordStep(second)).isInstanceOf(PortalAuthentication.class);
    }


    private Authentication passwordStep(String user) {
        var token = UsernamePasswordAuthenticationToken.unauthenticated(user, TestTenants.PASSWORD);
        token.setDetails(new WebAuthenticationDetails("198.51.100.1", null));
        return signIn.authenticate(token);
    }

    private void useAuthentication(Authentication authentication) {
        var context = strategy.createEmptyContext();
        context.setAuthentication(authentication);
        strategy.setContext(context);
    }

    private String readyUser(String name) {
        return testTenants.readyMember(testTenants.tenant("Factor"), name, TenantRole.VIEWER).username();
    }
}

package com.sendclean.portal.twofactor;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.sendclean.portal.account.ProfilePage;
import com.sendclean.portal.signin.LoginPage;
import com.sendclean.portal.support.BrowserTest;
import com.sendclean.portal.support.TestTenants;
import com.sendclean.portal.tenant.TenantRole;
import com.sendclean.portal.tenant.TenantSignInPolicyService;
import com.sendclean.portal.support.SignedIn;
import com.sendclean.portal.ui.ShellPage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

class TwoFactorBrowserTest extends BrowserTest {

    @Autowired TestTenants testTenants;
    @Autowired TwoFactorFixture fixture;
    @Autowired SignedIn signedIn;
    @Autowired TenantSignInPolicyService policy;

    @Test
    void aUserEnrolsOnTheProfilePageAndThenSignsInWithACode() {
        var tenant = testTenants.tenant("Enrol");
        var user = testTenants.readyMember(tenant, "tina", TenantRole.ADMIN);
        new LoginPage(page).open(url("")).signIn(user.username(), TestTenants.PASSWORD);
        var shell = new ShellPage(page);
        assertThat(shell.heading(tenant.name())).isVisible();

        page.getByRole(AriaRole.LINK,
                new Page.GetByRoleOptions().setName("Profile")).click();
        var profile = new ProfilePage(page);
        assertThat(profile.heading()).isVisible();
        String secret = profile.startEnrolment();
        assertAccessible();
        var app = fixture.authenticator(secret);
        profile.confirmEnrolment(app.nextCode());
        assertThat(profile.recoveryCodes()).hasCount(10);
        profile.button("I have saved them").click();
        assertThat(page.getByText("Two-factor sign-in is on. Unused recovery codes: 10.")).isVisible();

        shell.logOut();
        var login = new LoginPage(page);
        assertThat(login.username()).isVisible();
        login.signIn(user.username(), TestTenants.PASSWORD);
        var second = new TwoFactorPage(page);
        assertThat(second.heading()).isVisible();
        assertAccessible();
        page.navigate(url("/t/" + tenant.slug()));
        assertThat(second.heading()).isVisible(); // nothing else opens before the code

        second.enter("000000");
        assertThat(page.getByText("The code is not correct.")).isVisible();
        second.enter(app.nextCode());
        assertThat(shell.heading(tenant.name())).isVisible();
    }

    @Test
    void aRecoveryCodeSignsInWhenThePhoneIsLost() {
        var tenant = testTenants.tenant("Lost phone");
        var user = testTenants.readyMember(tenant, "lena", TenantRole.VIEWER);
        var enrolled = fixture.enrol(user.username());
        new LoginPage(page).open(url("")).signIn(user.username(), TestTenants.PASSWORD);
        new TwoFactorPage(page).enter(enrolled.recoveryCodes().getFirst());
        assertThat(new ShellPage(page).heading(tenant.name())).isVisible();
        assertThat(page.getByText("You used a recovery code; 9 are left.", new Page.GetByTextOptions().setExact(false))).isVisible();
    }

    @Test
    void aMemberOfATenantThatRequiresItIsSentToEnrolBeforeAnythingElse() {
        var tenant = testTenants.tenant("Requires");
        var admin = testTenants.readyMember(tenant, "rhea", TenantRole.ADMIN);
        fixture.enrol(admin.username());
        signedIn.as(admin.username(), () -> policy.setRequireTwoFactor(tenant.id(), true));
        var member = testTenants.readyMember(tenant, "remy", TenantRole.OPERATOR);

        new LoginPage(page).open(url("")).signIn(member.username(), TestTenants.PASSWORD);
        var profile = new ProfilePage(page);
        assertThat(profile.heading()).isVisible();
        assertThat(page.getByText("Your account requires two-factor sign-in. Set it up to continue.")).isVisible();
        page.navigate(url("/t/" + tenant.slug()));
        assertThat(profile.heading()).isVisible();

        String secret = profile.startEnrolment();
        profile.confirmEnrolment(fixture.authenticator(secret).nextCode());
        assertThat(profile.recoveryCodes()).hasCount(10);
        page.navigate(url("/t/" + tenant.slug()));
        assertThat(new ShellPage(page).heading(tenant.name())).isVisible();
        assertThat(secret).hasSize(32);
    }
}

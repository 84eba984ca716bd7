package com.sendclean.portal.signin;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import com.sendclean.portal.account.ProfilePage;
import com.sendclean.portal.twofactor.TwoFactorPage;
import com.sendclean.portal.twofactor.TwoFactorFixture;
import com.sendclean.portal.support.BrowserTest;
import com.sendclean.portal.support.TestTenants;
import com.sendclean.portal.tenant.TenantRole;
import com.sendclean.portal.ui.ShellPage;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** Throttling as the login page shows it, the absolute session lifetime and the step-up dialog, with a moved clock. */
@SmallSignInLimits
class SessionLimitsBrowserTest extends BrowserTest {

    @Autowired TestTenants testTenants;
    @Autowired TwoFactorFixture fixture;
    @Autowired AdjustableSecurityClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void afterRepeatedFailuresTheLoginPageSaysSoForRealAndMadeUpNamesAlike() {
        var user = testTenants.readyMember(testTenants.tenant("Paused"), "paula", TenantRole.VIEWER);
        var login = new LoginPage(page).open(url(""));
        for (int i = 0; i < SmallSignInLimits.MAX_FAILURES; i++) {
            login.signIn(user.username(), "not the password " + i);
            assertThat(login.errorMessage()).isVisible();
            login.open(url(""));
        }
        login.signIn(user.username(), TestTenants.PASSWORD);
        assertThat(page.getByText("Too many failed sign-ins")).isVisible();
        assertThat(new ShellPage(page).logOutButton()).isHidden();

        login.open(url(""));
        login.signIn("made-up-name-" + System.nanoTime(), "whatever");
        assertThat(login.errorMessage()).isVisible(); // same wording as for a wrong password of a real account
    }

    @Test
    void aSessionEndsAfterItsAbsoluteLifetimeHoweverActive() {
        var tenant = testTenants.tenant("Lifetime");
        var user = testTenants.readyMember(tenant, "lif", TenantRole.VIEWER);
        new LoginPage(page).open(url("")).signIn(user.username(), TestTenants.PASSWORD);
        var shell = new ShellPage(page);
        assertThat(shell.heading(tenant.name())).isVisible();

        clock.advance(Duration.ofHours(12).plusMinutes(1));
        page.navigate(url("/t/" + tenant.slug()));
        assertThat(new LoginPage(page).username()).isVisible();
    }

    @Test
    void aSensitiveActionAsksForThePasswordWhenTheSignInIsNotRecent() {
        var tenant = testTenants.tenant("Step-up");
        var user = testTenants.readyMember(tenant, "stella", TenantRole.VIEWER);
        var enrolled = fixture.enrol(user.username());
        new LoginPage(page).open(url("")).signIn(user.username(), TestTenants.PASSWORD);
        new TwoFactorPage(page).enter(enrolled.authenticator().nextCode());
        assertThat(new ShellPage(page).heading(tenant.name())).isVisible();

        clock.advance(Duration.ofMinutes(16));
        page.navigate(url("/profile"));
        var profile = new ProfilePage(page);
        profile.button("New recovery codes").click();
        var dialog = page.getByRole(AriaRole.DIALOG);
        assertThat(dialog.getByText("Confirm your password")).isVisible();
        assertAccessible();
        var password = dialog.getByLabel("Password", new Locator.GetByLabelOptions().setExact(true));
        password.fill("not my password");
        profile.button("Confirm").click();
        // the field's message, not Vaadin's live-region announcement of it, which may still be in the page
        assertThat(dialog.getByText("The password is not correct.")).isVisible();
        password.fill(TestTenants.PASSWORD);
        profile.button("Confirm").click();
        assertThat(profile.recoveryCodes()).hasCount(10);

        // confirmed just now: the next sensitive action does not ask again
        profile.button("I have saved them").click();
        profile.button("New recovery codes").click();
        assertThat(profile.recoveryCodes()).hasCount(10);
    }
}

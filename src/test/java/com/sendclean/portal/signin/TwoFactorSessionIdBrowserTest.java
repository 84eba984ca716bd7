package com.sendclean.portal.signin;

import com.sendclean.portal.twofactor.TwoFactorFixture;
import com.sendclean.portal.twofactor.TwoFactorPage;

import com.sendclean.portal.support.BrowserTest;
import com.sendclean.portal.support.TestTenants;
import com.sendclean.portal.tenant.TenantRole;
import com.sendclean.portal.ui.ShellPage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** The session id a browser holds while only its password is known must not be the one of the full sign-in. */
class TwoFactorSessionIdBrowserTest extends BrowserTest {

    @Autowired TestTenants testTenants;
    @Autowired TwoFactorFixture fixture;

    @Test
    void theSessionIdChangesWhenTheSecondFactorCompletesTheSignIn() {
        var tenant = testTenants.tenant("Rotate");
        var user = testTenants.readyMember(tenant, "rosa", TenantRole.VIEWER);
        var enrolled = fixture.enrol(user.username(), TestTenants.PASSWORD);

        new LoginPage(page).open(url("")).signIn(user.username(), TestTenants.PASSWORD);
        var second = new TwoFactorPage(page);
        assertThat(second.heading()).isVisible();
        String afterPassword = sessionId();

        second.enter(enrolled.authenticator().nextCode());
        assertThat(new ShellPage(page).heading(tenant.name())).isVisible();
        assertThat(sessionId()).as("session cookie after the code step").isNotEqualTo(afterPassword);

        page.navigate(url("/t/" + tenant.slug()));
        // still signed in with the new id
        assertThat(new ShellPage(page).heading(tenant.name())).isVisible();
    }

    private String sessionId() {
        return browserContext.cookies().stream().filter(c -> c.name.equals("JSESSIONID")).map(c -> c.value)
                .findFirst().orElseThrow();
    }
}

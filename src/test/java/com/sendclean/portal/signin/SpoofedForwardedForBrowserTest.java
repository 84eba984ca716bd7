package com.sendclean.portal.signin;


import com.sendclean.portal.support.BrowserTest;
import com.sendclean.portal.support.TestTenants;
import com.sendclean.portal.tenant.TenantRole;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Here the browser is not a trusted proxy (the only trusted one is an address nobody uses), so an X-Forwarded-For
 * it sends is a lie: a new made-up address per attempt neither escapes the pause nor reaches the audit trail.
 */
@SmallSignInLimits
@TestPropertySource(properties = "server.tomcat.remoteip.internal-proxies=192\\.0\\.2\\.254")
class SpoofedForwardedForBrowserTest extends BrowserTest {

    @Autowired TestTenants testTenants;
    @Autowired JdbcClient jdbc;

    @Test
    void aForgedForwardedForFromAnUntrustedClientIsIgnored() {
        var user = testTenants.readyMember(testTenants.tenant("Spoofed"), "sven", TenantRole.VIEWER);
        var login = new LoginPage(page).open(url(""));
        for (int i = 0; i < SmallSignInLimits.MAX_FAILURES; i++) {
            browserContext.setExtraHTTPHeaders(Map.of("X-Forwarded-For", "198.51.100." + (i + 1)));
            login.signIn(user.username(), "not the password " + i);
            assertThat(login.errorMessage()).isVisible();
            login.open(url(""));
        }
        browserContext.setExtraHTTPHeaders(Map.of("X-Forwarded-For", "198.51.100.99"));
        login.signIn(user.username(), TestTenants.PASSWORD);
        assertThat(page.getByText("Too many failed sign-ins")).isVisible();

        var recorded = jdbc.sql("select distinct client_ip from audit_event where action = 'SIGN_IN_FAILED' and target = :name")
                .param("name", user.username()).query(String.class).list();
        assertThat(recorded).isNotEmpty().allSatisfy(ip -> assertThat(ip).doesNotStartWith("198.51.100."));
    }
}

package com.sendclean.portal.signin;


import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.sendclean.portal.support.BrowserTest;
import com.sendclean.portal.support.TestTenants;
import com.sendclean.portal.tenant.TenantRole;
import com.sendclean.portal.ui.ShellPage;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Behind the trusted reverse proxy (this machine, by default) each client is known by its X-Forwarded-For address:
 * failures from one client address pause that client, not the owner signing in from another.
 */
@SmallSignInLimits
class ThrottleThroughProxyBrowserTest extends BrowserTest {

    @Autowired TestTenants testTenants;

    @Value("${server.tomcat.remoteip.internal-proxies:}")
    String internalProxies;

    @Test
    void failuresFromOneClientAddressDoNotLockOutTheOwnerAtAnother() {
        var tenant = testTenants.tenant("Proxied");
        var user = testTenants.readyMember(tenant, "priya", TenantRole.VIEWER);

        browserContext.setExtraHTTPHeaders(Map.of("X-Forwarded-For", "198.51.100.7"));
        var login = new LoginPage(page).open(url(""));
        for (int i = 0; i < SmallSignInLimits.MAX_FAILURES; i++) {
            login.signIn(user.username(), "not the password " + i);
            assertThat(login.errorMessage()).isVisible();
            login.open(url(""));
        }
        login.signIn(user.username(), TestTenants.PASSWORD);
        assertThat(page.getByText("Too many failed sign-ins")).isVisible();

        BrowserContext owner = page.context().browser().newContext();
        try {
            owner.setExtraHTTPHeaders(Map.of("X-Forwarded-For", "203.0.113.9"));
            Page ownerPage = owner.newPage();
            new LoginPage(ownerPage).open(url("")).signIn(user.username(), TestTenants.PASSWORD);
            assertThat(new ShellPage(ownerPage).heading(tenant.name())).isVisible();
        } finally {
            owner.close();
        }
    }

    @Test
    void onlyProxiesOnThisMachineAreTrustedByDefault() {
        Pattern trusted = Pattern.compile(internalProxies);
        assertThat(trusted.matcher("127.0.0.1").matches()).isTrue();
        assertThat(trusted.matcher("0:0:0:0:0:0:0:1").matches()).isTrue();
        for (String privateAddress : new String[] {"10.0.0.1", "192.168.1.10", "172.16.0.1", "169.254.1.1", "100.64.0.1"}) {
            assertThat(trusted.matcher(privateAddress).matches()).as(privateAddress).isFalse();
        }
    }
}

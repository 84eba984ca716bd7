package com.sendclean.portal.ui;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import com.sendclean.portal.security.SignInSecurityProperties;
import com.sendclean.portal.support.BrowserTest;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** A failing page tells the user nothing about the failure's insides; the CSP lets the page talk only to the portal. */
class ErrorPageBrowserTest extends BrowserTest {

    static final String SECRET_MESSAGE = "jdbc:postgresql://db.internal:5432/portal password=hunter2";

    @Test
    void aFailingPageShowsNeitherTheExceptionClassNorItsMessage() {
        page.navigate(url("/test-only/broken"));

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions()
                .setName("Something went wrong"))).isVisible();
        assertThat(page.getByText("this reference:", new Page.GetByTextOptions()
                .setExact(false))).isVisible();
        String text = page.locator("body").innerText();
        assertThat(text).doesNotContain("IllegalStateException").doesNotContain("hunter2")
                .doesNotContain("db.internal").doesNotContain("exception");
    }

    @Test
    void theContentSecurityPolicyLetsPagesConnectOnlyToThePortalItself() {
        Response response = page.navigate(url("/login"));
        String csp = response.allHeaders().get("content-security-policy");
        String connectSrc = Arrays.stream(csp.split(";")).map(String::strip)
                .filter(directive -> directive.startsWith("connect-src")).findFirst().orElseThrow();
        assertThat(connectSrc).isEqualTo("connect-src 'self'");
        assertThat(SignInSecurityProperties.DEFAULT_CSP).contains("connect-src 'self';");
    }

    /** A page that fails while opening, with a message that must stay in the server's log. */
    @Route(value = "test-only/broken", autoLayout = false)
    @AnonymousAllowed
    public static class BrokenView extends Div implements BeforeEnterObserver {
        @Override
        public void beforeEnter(BeforeEnterEvent event) {
            throw new IllegalStateException(SECRET_MESSAGE);
        }
    }
}

package com.sendclean.portal.ui;

import com.sendclean.portal.support.UsesSandbox;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.options.AriaRole;
import com.sendclean.portal.signin.LoginPage;
import com.sendclean.portal.smtpusers.SandboxTenants;
import com.sendclean.portal.support.BrowserTest;
import com.sendclean.portal.support.IntegrationTest;
import com.sendclean.portal.support.TestTenants;
import com.sendclean.portal.support.TestTenants.CreatedTenant;
import com.sendclean.portal.tenant.TenantRole;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every route, for every role, on a tablet with touch in portrait (768×1024) and landscape (1024×768): nothing scrolls
 * sideways, no tap target is under 44 px, and axe-core finds nothing serious, critical, or outside a landmark. Each
 * role signs in once per viewport and visits every route it may open, the not-found page included.
 */
@UsesSandbox
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EveryRouteTabletBrowserTest extends BrowserTest {

    /** Who may open a route. */
    enum Access { TENANT_VIEWER, TENANT_OPERATOR, TENANT_ADMIN, SEVERAL_TENANTS, PLATFORM_ADMIN, ANYONE }

    /** A page behind sign-in; {slug} stands for the tenant's. */
    record Route(String path, Access access) {}

    /**
     * Every page behind sign-in, each visited by every role that may open it (a member's "/" forwards to the
     * overview, which is on the list). Add a route here when a view is added.
     */
    static final List<Route> ROUTES = List.of(
            new Route("/accounts", Access.SEVERAL_TENANTS),
            new Route("/t/{slug}", Access.TENANT_VIEWER),
            new Route("/t/{slug}/smtp-users", Access.TENANT_VIEWER),
            new Route("/t/{slug}/credentials", Access.TENANT_ADMIN),
            new Route("/t/{slug}/members", Access.TENANT_ADMIN),
            new Route("/t/{slug}/audit", Access.TENANT_ADMIN),
            new Route("/", Access.PLATFORM_ADMIN),
            new Route("/admin/tenants", Access.PLATFORM_ADMIN),
            new Route("/admin/users", Access.PLATFORM_ADMIN),
            new Route("/admin/keys", Access.PLATFORM_ADMIN),
            new Route("/admin/audit", Access.PLATFORM_ADMIN),
            new Route("/profile", Access.ANYONE),
            new Route("/no-such-page", Access.ANYONE));

    enum Viewport {
        PORTRAIT(768, 1024), LANDSCAPE(1024, 768);

        final int width;
        final int height;

        Viewport(int width, int height) {
            this.width = width;
            this.height = height;
        }
    }

    @Autowired SandboxTenants sandboxTenants;
    @Autowired TestTenants testTenants;

    private CreatedTenant tenant;
    /** Who signs in for a role, and what they may open; all have {@link TestTenants#PASSWORD} but the administrator. */
    private final Map<String, Member> users = new LinkedHashMap<>();

    record Member(String username, Set<Access> access) {}

    @BeforeAll
    void setUpOneTenantWithEveryRole() {
        var connected = sandboxTenants.create("Tablet", 30);
        tenant = connected.tenant();
        var viewer = EnumSet.of(Access.TENANT_VIEWER, Access.ANYONE);
        var operator = EnumSet.of(Access.TENANT_VIEWER, Access.TENANT_OPERATOR, Access.ANYONE);
        var admin = EnumSet.of(Access.TENANT_VIEWER, Access.TENANT_OPERATOR, Access.TENANT_ADMIN, Access.ANYONE);
        users.put("platform administrator", new Member("admin", EnumSet.of(Access.PLATFORM_ADMIN, Access.ANYONE)));
        users.put("ADMIN", new Member(connected.admin().username(), admin));
        users.put("OPERATOR", new Member(
                testTenants.readyMember(tenant, "operator", TenantRole.OPERATOR).username(), operator));
        users.put("VIEWER", new Member(testTenants.readyMember(tenant, "viewer", TenantRole.VIEWER).username(), viewer));
        var second = testTenants.tenant("Second");
        var resellerStaff = testTenants.readyMember(tenant, "reseller", TenantRole.ADMIN);
        testTenants.grant(second, resellerStaff, TenantRole.OPERATOR);
        var reseller = EnumSet.copyOf(admin);
        reseller.add(Access.SEVERAL_TENANTS);
        users.put("member of two tenants", new Member(resellerStaff.username(), reseller));
    }

    Stream<Arguments> rolesAndViewports() {
        return Stream.of("platform administrator", "ADMIN", "OPERATOR", "VIEWER", "member of two tenants")
                .flatMap(role -> Stream.of(Viewport.values()).map(viewport -> Arguments.of(role, viewport)));
    }

    @ParameterizedTest(name = "{0} at {1}")
    @MethodSource("rolesAndViewports")
    void everyRouteFitsATabletAndIsAccessible(String role, Viewport viewport) {
        useTablet(viewport);
        Member member = users.get(role);
        new LoginPage(page).open(url("")).signIn(member.username(),
                "admin".equals(member.username()) ? IntegrationTest.ADMIN_PASSWORD : TestTenants.PASSWORD);
        page.getByRole(AriaRole.HEADING).first().waitFor();

        List<String> problems = new ArrayList<>();
        for (Route route : ROUTES) {
            if (!member.access().contains(route.access())) {
                continue;
            }
            page.navigate(url(route.path().replace("{slug}", tenant.slug())));
            problems.addAll(check(route.path()));
        }
        assertThat(problems).as("what does not work by touch for " + role + " at " + viewport).isEmpty();
    }

    @Test
    void theSignInPageFitsATablet() {
        for (Viewport viewport : Viewport.values()) {
            useTablet(viewport);
            new LoginPage(page).open(url(""));
            assertThat(check("/login")).as("the sign-in page at " + viewport).isEmpty();
        }
    }

    private List<String> check(String route) {
        page.getByRole(AriaRole.HEADING).first().waitFor();
        var layout = new TouchLayoutPage(page).settled();
        List<String> problems = new ArrayList<>();
        layout.sidewaysScrolling().forEach(wide -> problems.add(route + ": scrolls sideways: " + wide));
        layout.smallTapTargets().forEach(small -> problems.add(route + ": tap target under 44 px: " + small));
        layout.accessibilityViolations().forEach(violation -> problems.add(route + ": " + violation));
        return problems;
    }

    /** A fresh browser context with the viewport and touch of a tablet. */
    private void useTablet(Viewport viewport) {
        Browser browser = browserContext.browser();
        browserContext.close();
        browserContext = browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(viewport.width, viewport.height).setHasTouch(true).setIsMobile(true));
        browserContext.setDefaultTimeout(20_000);
        page = browserContext.newPage();
    }
}

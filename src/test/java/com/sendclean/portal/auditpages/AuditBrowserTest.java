package com.sendclean.portal.auditpages;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.sendclean.portal.signin.LoginPage;
import com.sendclean.portal.support.BrowserTest;
import com.sendclean.portal.support.IntegrationTest;
import com.sendclean.portal.support.TestTenants;
import com.sendclean.portal.tenant.TenantRole;
import com.sendclean.portal.ui.ShellPage;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

class AuditBrowserTest extends BrowserTest {

    @Autowired TestTenants testTenants;
    @Autowired JdbcClient jdbc;

    @Test
    void aTenantAdminReadsAndExportsTheirTenantsEventsAndSignInsAreRecordedWithTheBrowser() throws Exception {
        var tenant = testTenants.tenant("Audited");
        var admin = testTenants.readyMember(tenant, "auditor", TenantRole.ADMIN);
        var viewer = testTenants.member(tenant, "watcher", TenantRole.VIEWER);
        var login = new LoginPage(page).open(url(""));
        login.signIn(admin.username(), "not-the-password-at-all");
        assertThat(login.errorMessage()).isVisible();
        login.signIn(admin.username(), TestTenants.PASSWORD);
        var shell = new ShellPage(page);
        assertThat(shell.currentUser()).isVisible();

        page.navigate(url("/t/" + tenant.slug() + "/audit"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Audit").setExact(true)))
                .isVisible();
        assertThat(shell.menuLink("Audit")).isVisible();
        assertThat(cell(viewer.username())).isVisible();
        assertThat(cell("Member added").first()).isVisible();
        assertAccessible();

        Download download = page.waitForDownload(() -> page.getByText("Export CSV").click());
        String csv = Files.readString(download.path());
        assertThat(csv).startsWith("time,actor_id,actor,tenant_id,tenant,action,target").contains(viewer.username())
                .contains("MEMBER_ADDED").doesNotContain("SIGN_IN_SUCCEEDED");

        Map<String, Object> failed = event("SIGN_IN_FAILED", admin.username());
        assertThat(failed.get("outcome")).isEqualTo("BAD_CREDENTIALS");
        assertThat(failed.get("actor_id")).isEqualTo(admin.id().value());
        Map<String, Object> signedIn = event("SIGN_IN_SUCCEEDED", admin.username());
        assertThat((String) signedIn.get("user_agent")).contains("Chrome");
        assertThat((String) signedIn.get("client_ip")).isNotBlank();

        shell.logOut();
        new LoginPage(page).username().waitFor();
        Map<String, Object> signedOut = event("SIGNED_OUT", admin.username());
        assertThat((String) signedOut.get("user_agent")).contains("Chrome");
    }

    @Test
    void aPlatformAdministratorReadsTheWholeTrail() {
        new LoginPage(page).open(url("")).signIn("admin", IntegrationTest.ADMIN_PASSWORD);
        new ShellPage(page).currentUser().waitFor();
        page.navigate(url("/admin/audit"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Audit").setExact(true)))
                .isVisible();
        assertThat(cell("Sign in succeeded").first()).isVisible();
        assertAccessible();
    }

    private Locator cell(String text) {
        return page.locator("vaadin-grid-cell-content").getByText(text, new Locator.GetByTextOptions().setExact(true));
    }

    private Map<String, Object> event(String action, String actor) {
        List<Map<String, Object>> rows = jdbc.sql("""
                select actor_id, outcome, client_ip, user_agent from audit_event
                where action = :action and actor_name = :actor order by id desc""")
                .param("action", action).param("actor", actor).query().listOfRows();
        assertThat(rows).as(action + " of " + actor).isNotEmpty();
        return rows.getFirst();
    }
}

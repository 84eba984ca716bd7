package com.sendclean.portal.smtpusers;

import com.sendclean.portal.support.SandboxServer;
import com.sendclean.portal.support.UsesSandbox;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.Locale;
import java.util.regex.Pattern;
import com.microsoft.playwright.Browser;
import com.sendclean.portal.sandbox.SandboxAccounts;
import com.sendclean.portal.sandbox.SandboxFaults;
import com.sendclean.portal.sandbox.SandboxSmtpUser;
import com.sendclean.portal.signin.LoginPage;
import com.sendclean.portal.support.BrowserTest;
import com.sendclean.portal.support.TestTenants;
import com.sendclean.portal.tenant.TenantRole;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

@UsesSandbox
class SmtpUsersBrowserTest extends BrowserTest {

    @Autowired SandboxTenants sandboxTenants;
    final SandboxAccounts sandbox = SandboxServer.accounts();
    @Autowired TestTenants testTenants;
    // the sandbox's own tables, for what its API cannot do
    final JdbcClient jdbc = SandboxServer.jdbc();

    SmtpUsersPage signInAndOpen(SandboxTenants.Connected connected) {
        return new SmtpUsersPage(page).signInAndOpen(url(""), connected);
    }

    SandboxSmtpUser first(SandboxTenants.Connected connected) {
        return sandbox.listUsers(connected.ownerId()).getFirst();
    }

    @Test
    void listsTheUsersWithTheirCountsAndFiltersByName() {
        var acme = sandboxTenants.create("Acme", 3);
        var screen = signInAndOpen(acme);
        List<SandboxSmtpUser> users = sandbox.listUsers(acme.ownerId());
        long enabled = users.stream().filter(u -> u.status().wireValue().equals("Enable")).count();

        assertThat(screen.counts()).hasText("3 SMTP users · " + enabled + " enabled · " + (3 - enabled) + " disabled");
        for (SandboxSmtpUser user : users) {
            assertThat(screen.row(user.smtpUserName())).isVisible();
        }
        assertAccessible();

        screen.search().fill(users.get(1).smtpUserName());
        assertThat(screen.counts()).containsText("1 match the search");
        assertThat(screen.row(users.get(0).smtpUserName())).isHidden();
        assertThat(screen.row(users.get(1).smtpUserName())).isVisible();

        screen.search().fill("no-such-smtp-user");
        assertThat(screen.state()).containsText("No SMTP user matches “no-such-smtp-user”.");
        assertThat(screen.counts()).containsText("0 match the search");
    }

    @Test
    void editingEachLimitInlineSendsItAndKeepsItAfterAReload() {
        var acme = sandboxTenants.create("Acme", 2);
        var screen = signInAndOpen(acme);
        SandboxSmtpUser user = first(acme);

        screen.limitButton("Total limit", user.smtpUserName()).click();
        screen.editorField("Total limit").fill("4321");
        screen.editorField("Total limit").press("Enter");
        assertThat(screen.text("Total limit of " + user.smtpUserName() + " is now 4,321.")).isVisible();

        screen.limitButton("Hourly limit", user.smtpUserName()).click();
        screen.editorField("Hourly limit").fill("77");
        screen.editorField("Hourly limit").press("Tab");
        assertThat(screen.text("Hourly limit of " + user.smtpUserName() + " is now 77.")).isVisible();

        var stored = sandbox.findUser(acme.ownerId(), user.smtpUserName()).orElseThrow();
        assertThat(stored.totalLimit()).isEqualTo(4321);
        assertThat(stored.hourlyLimit()).isEqualTo(77);
        assertThat(stored.status()).as("a limit edit leaves the status alone").isEqualTo(user.status());

        page.reload();
        screen.heading().waitFor();
        assertThat(screen.limitButton("Total limit", user.smtpUserName())).hasText("4,321");
        assertThat(screen.limitButton("Hourly limit", user.smtpUserName())).hasText("77");
    }

    @Test
    void limitsAreEditedWithTheKeyboardAloneAndEscapeCancels() {
        var acme = sandboxTenants.create("Acme", 1);
        var screen = signInAndOpen(acme);
        SandboxSmtpUser user = first(acme);

        screen.limitButton("Hourly limit", user.smtpUserName()).focus();
        page.keyboard().press("Enter");
        assertThat(screen.editorField("Hourly limit")).isFocused();
        page.keyboard().press("Control+A");
        page.keyboard().type("31");
        page.keyboard().press("Escape");
        assertThat(screen.limitButton("Hourly limit", user.smtpUserName())).hasText(String.format(Locale.ROOT, "%,d", user.hourlyLimit()));

        screen.limitButton("Hourly limit", user.smtpUserName()).focus();
        page.keyboard().press("Enter");
        assertThat(screen.editorField("Hourly limit")).isFocused();
        page.keyboard().press("Control+A");
        page.keyboard().type("32");
        page.keyboard().press("Enter");
        assertThat(screen.text("Hourly limit of " + user.smtpUserName() + " is now 32.")).isVisible();
        assertThat(sandbox.findUser(acme.ownerId(), user.smtpUserName()).orElseThrow().hourlyLimit()).isEqualTo(32);
    }

    @Test
    void anInvalidLimitIsRefusedNextToTheFieldAndNothingIsSent() {
        var acme = sandboxTenants.create("Acme", 1);
        var screen = signInAndOpen(acme);
        SandboxSmtpUser user = first(acme);

        screen.limitButton("Total limit", user.smtpUserName()).click();
        screen.editorField("Total limit").fill("0");
        screen.editorField("Total limit").press("Enter");
        assertThat(screen.text("Enter a whole number from 1 to 2,147,483,647.").first()).isVisible();

        screen.editorField("Total limit").fill("2147483648");
        screen.editorField("Total limit").press("Enter");
        assertThat(screen.text("Enter a whole number from 1 to 2,147,483,647.").first()).isVisible();
        screen.editorField("Total limit").press("Escape");

        assertThat(sandbox.findUser(acme.ownerId(), user.smtpUserName()).orElseThrow().totalLimit())
                .isEqualTo(user.totalLimit());
    }

    @Test
    void theStatusCheckboxEnablesAndDisables() {
        var acme = sandboxTenants.create("Acme", 1);
        var screen = signInAndOpen(acme);
        SandboxSmtpUser user = first(acme);
        boolean wasEnabled = user.status().wireValue().equals("Enable");

        screen.statusCheckbox(user.smtpUserName()).click();
        assertThat(screen.text(user.smtpUserName() + (wasEnabled ? " is disabled." : " is enabled."))).isVisible();
        var stored = sandbox.findUser(acme.ownerId(), user.smtpUserName()).orElseThrow();
        assertThat(stored.status().wireValue()).isEqualTo(wasEnabled ? "Disable" : "Enable");
        assertThat(stored.totalLimit()).as("a status switch leaves the limits alone").isEqualTo(user.totalLimit());
    }

    @Test
    void resettingAPasswordShowsTheNewOneOnce() {
        var acme = sandboxTenants.create("Acme", 1);
        var screen = signInAndOpen(acme);
        SandboxSmtpUser user = first(acme);

        screen.button("Reset password of " + user.smtpUserName()).click();
        screen.dialogButton("Reset password").click();
        assertThat(screen.dialog()).containsText("New password for " + user.smtpUserName());
        String shown = screen.dialogField("New password").inputValue();
        assertThat(shown).isNotEqualTo(user.password())
                .isEqualTo(sandbox.findUser(acme.ownerId(), user.smtpUserName()).orElseThrow().password());
        assertThat(screen.dialogButton("Copy new password")).isVisible();
    }

    @Test
    void revealingAPasswordShowsIt() {
        var acme = sandboxTenants.create("Acme", 1);
        var screen = signInAndOpen(acme);
        SandboxSmtpUser user = first(acme);

        assertThat(page.content()).doesNotContain(user.password());
        screen.button("Reveal password of " + user.smtpUserName()).click();
        assertThat(screen.dialogField("Password")).hasValue(user.password());
        assertThat(screen.dialogButton("Copy password")).isVisible();
    }

    @Test
    void addingAnSmtpUserShowsItsCredentialsOnceAndListsIt() {
        var acme = sandboxTenants.create("Acme", 1);
        var screen = signInAndOpen(acme);

        screen.button("Add SMTP user").click();
        screen.dialogField("Total limit").fill("500");
        screen.dialogField("Hourly limit").fill("");
        screen.dialogButton("Create").click();
        assertThat(screen.text("Enter a whole number from 1 to 2,147,483,647.").first()).isVisible();
        assertThat(sandbox.countUsers(acme.ownerId())).isEqualTo(1);

        screen.dialogField("Hourly limit").fill("200");
        screen.dialogButton("Create").click();
        assertThat(screen.dialog()).containsText("SMTP user created");
        String name = screen.dialogField("User name").inputValue();
        String password = screen.dialogField("Password").inputValue();
        var created = sandbox.findUser(acme.ownerId(), name).orElseThrow();
        assertThat(created.password()).isEqualTo(password);
        assertThat(created.totalLimit()).isEqualTo(500);
        assertThat(created.hourlyLimit()).isEqualTo(200);
        screen.dialogButton("Close").click();
        assertThat(screen.row(name)).isVisible();
        assertThat(screen.counts()).containsText("2 SMTP users ·");
    }

    @Test
    void aViewerSeesTheListWithoutEditControlsOrPasswords() {
        var acme = sandboxTenants.create("Acme", 2);
        var viewer = testTenants.readyMember(acme.tenant(), "viewer", TenantRole.VIEWER);
        SandboxSmtpUser user = first(acme);
        new LoginPage(page).open(url("")).signIn(viewer.username(), TestTenants.PASSWORD);
        page.waitForURL("**/t/" + acme.tenant().slug());
        var screen = new SmtpUsersPage(page).open(url(""), acme.tenant().slug());

        assertThat(screen.row(user.smtpUserName())).isVisible();
        assertThat(screen.button("Add SMTP user")).isHidden();
        assertThat(screen.statusCheckbox(user.smtpUserName())).isHidden();
        assertThat(screen.button("Reveal password of " + user.smtpUserName())).isHidden();
        assertThat(screen.button("Reset password of " + user.smtpUserName())).isHidden();
        assertThat(screen.limitButton("Total limit", user.smtpUserName())).isHidden();
        for (SandboxSmtpUser each : sandbox.listUsers(acme.ownerId())) {
            assertThat(page.content()).doesNotContain(each.password());
        }
        assertAccessible();
    }

    @Test
    void refusedCredentialsAreExplainedWithALinkForAdmins() {
        var acme = sandboxTenants.create("Acme", 1);
        sandbox.setFaults(acme.ownerId(), SandboxFaults.failing(SandboxFaults.Fault.AUTHENTICATION_FAILURE));
        var screen = signInAndOpen(acme);
        assertThat(screen.state()).containsText("SendClean refused the stored token");
        assertThat(page.getByRole(AriaRole.LINK,
                new Page.GetByRoleOptions().setName("Go to the SendClean credentials"))).isVisible();
        assertAccessible();
    }

    @Test
    void anUnreachableOrBrokenSendCleanIsExplainedAndCanBeRetried() {
        var acme = sandboxTenants.create("Acme", 1);
        sandbox.setFaults(acme.ownerId(), SandboxFaults.failing(SandboxFaults.Fault.HTTP_500_HTML));
        var screen = signInAndOpen(acme);
        assertThat(screen.state()).containsText("SendClean sent an answer the portal cannot read");

        sandbox.setFaults(acme.ownerId(), SandboxFaults.failing(SandboxFaults.Fault.MALFORMED_JSON));
        screen.clickAndWaitForResult(screen.button("Try again"));
        assertThat(screen.state()).containsText("SendClean sent an answer the portal cannot read");

        sandbox.clearFaults(acme.ownerId());
        screen.clickAndWaitForResult(screen.button("Try again"));
        assertThat(screen.counts()).hasText(Pattern.compile("1 SMTP user · .*"));
        assertThat(screen.state()).isHidden();
    }

    @Test
    void aTenantWithoutCredentialsIsToldWhereToSetThem() {
        var tenant = testTenants.tenant("Fresh");
        var admin = testTenants.readyMember(tenant, "fresh-admin", TenantRole.ADMIN);
        new LoginPage(page).open(url("")).signIn(admin.username(), TestTenants.PASSWORD);
        page.waitForURL("**/t/" + tenant.slug());
        var screen = new SmtpUsersPage(page).open(url(""), tenant.slug());
        assertThat(screen.state()).containsText("No SendClean credentials are stored for this account yet.");
        assertThat(page.getByRole(AriaRole.LINK,
                new Page.GetByRoleOptions().setName("Go to the SendClean credentials"))).isVisible();
    }

    @Test
    void aHostileSmtpUserNameIsShownAsText() {
        var acme = sandboxTenants.create("Acme", 1);
        String hostile = "<img src=x onerror=hacked=1>";
        jdbc.sql("""
                insert into sandbox_smtp_user (owner_id, smtp_user_name, password, status, total_limit, hourly_limit)
                values (:owner, :name, 'pw-hostile-1', 'Enable', 10, 5)""")
                .param("owner", acme.ownerId()).param("name", hostile).update();
        var screen = signInAndOpen(acme);
        assertThat(screen.row(hostile)).isVisible();
        assertThat(page.evaluate("() => window.hacked === undefined")).isEqualTo(true);
    }
}

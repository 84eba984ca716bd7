package com.sendclean.portal.smtpusers;

import com.sendclean.portal.support.SandboxServer;
import com.sendclean.portal.support.UsesSandbox;
import org.assertj.core.api.InstanceOfAssertFactories;
import com.sendclean.portal.sandbox.SandboxAccounts;
import com.sendclean.portal.sandbox.SandboxFaults;
import com.sendclean.portal.sandbox.SandboxSmtpUser;
import com.sendclean.portal.signin.LoginPage;
import com.sendclean.portal.support.BrowserTest;
import com.sendclean.portal.support.TestTenants;
import com.sendclean.portal.tenant.TenantRole;
import com.sendclean.portal.ui.ShellPage;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** Vaadin reuses the SMTP users screen across tenants; nothing of one tenant may show on another's. */
@UsesSandbox
class SmtpUsersTenantSwitchBrowserTest extends BrowserTest {

    @Autowired SandboxTenants sandboxTenants;
    final SandboxAccounts sandbox = SandboxServer.accounts();
    @Autowired TestTenants testTenants;
    @Autowired SmtpUserChanges changes;
    @Autowired SmtpUserDirectory directory;

    @Test
    void ritaSwitchesAcmeGlobexAcmeAndNeverSeesARowOfTheOtherTenant() {
        var acme = sandboxTenants.create("Acme", 3);
        var globex = sandboxTenants.create("Globex", 3);
        var rita = testTenants.readyMember(acme.tenant(), "rita", TenantRole.ADMIN);
        testTenants.grant(globex.tenant(), rita, TenantRole.ADMIN);
        List<String> acmeNames = sandbox.listUsers(acme.ownerId()).stream().map(SandboxSmtpUser::smtpUserName).toList();
        List<String> globexNames = sandbox.listUsers(globex.ownerId()).stream().map(SandboxSmtpUser::smtpUserName).toList();

        new LoginPage(page).open(url("")).signIn(rita.username(), TestTenants.PASSWORD);
        // a member of two accounts lands on the accounts overview (issue 16)
        page.waitForURL("**/accounts");
        var screen = new SmtpUsersPage(page).open(url(""), acme.tenant().slug());
        assertThat(screen.row(acmeNames.getFirst())).isVisible();
        watchForLeaks(acme.tenant().slug(), acmeNames, globex.tenant().slug(), globexNames);

        // Globex answers slowly: until it does, the screen must show a loading state, not Acme's rows
        sandbox.setFaults(globex.ownerId(), SandboxFaults.latency(1500));
        // the accounts overview rita landed on has loaded Globex's list already: that copy goes, so the screen must ask
        directory.forget(globex.tenant().id());
        var shell = new ShellPage(page);
        shell.switchTenant(globex.tenant().name());
        page.waitForURL("**/t/" + globex.tenant().slug() + "/smtp-users");
        assertThat(screen.counts()).not().containsText("3 SMTP users");
        assertThat(screen.row(globexNames.getFirst())).isVisible();
        assertThat(screen.counts()).containsText("3 SMTP users");
        sandbox.clearFaults(globex.ownerId());

        // an edit of Acme that SendClean confirms only after the switch lands in Acme, and Globex's screen stays Globex's
        shell.switchTenant(acme.tenant().name());
        page.waitForURL("**/t/" + acme.tenant().slug() + "/smtp-users");
        assertThat(screen.row(acmeNames.getFirst())).isVisible();
        sandbox.setFaults(acme.ownerId(), SandboxFaults.latency(1500));
        screen.limitButton("Total limit", acmeNames.getFirst()).click();
        screen.editorField("Total limit").fill("4321");
        screen.editorField("Total limit").press("Enter");
        shell.switchTenant(globex.tenant().name());
        page.waitForURL("**/t/" + globex.tenant().slug() + "/smtp-users");
        assertThat(screen.row(globexNames.getFirst())).isVisible();
        page.waitForCondition(() -> sandbox.findUser(acme.ownerId(), acmeNames.getFirst()).orElseThrow().totalLimit() == 4321);
        sandbox.clearFaults(acme.ownerId());
        page.goBack();
        page.waitForURL("**/t/" + acme.tenant().slug() + "/smtp-users");
        assertThat(screen.limitButton("Total limit", acmeNames.getFirst())).hasText("4,321");
        // Forward while the server still answers Back's navigation can be lost in the router; a user waits for the page
        screen.awaitIdle();
        page.goForward();
        page.waitForURL("**/t/" + globex.tenant().slug() + "/smtp-users");
        assertThat(screen.row(globexNames.getFirst())).isVisible();

        assertThat(page.evaluate("() => window.__leaks")).as("rows shown under the other tenant")
                .asInstanceOf(InstanceOfAssertFactories.LIST).isEmpty();
        for (SandboxSmtpUser user : sandbox.listUsers(globex.ownerId())) {
            assertThat(user.totalLimit()).as("Globex was not edited").isNotEqualTo(4321);
        }
        assertThat(changes.listenerCount(globex.tenant().id()) + changes.listenerCount(acme.tenant().id()))
                .as("one live registration for the one open screen, however often it switched").isEqualTo(1);
    }

    /**
     * Records, in the page, every foreign row that stays painted while the address names the other tenant. Back and
     * Forward change the address before the server answers, so one or two frames can pass before the new rows
     * replace the old; a row counts as seen once it has been painted for more than five frames in a row (about 80 ms).
     */
    private void watchForLeaks(String acmeSlug, List<String> acmeNames, String globexSlug, List<String> globexNames) {
        page.evaluate("""
                ([acmeSlug, acmeNames, globexSlug, globexNames]) => {
                  window.__leaks = [];
                  const frames = new Map();
                  const everyFrame = () => {
                    const shown = [...document.querySelectorAll('vaadin-grid-cell-content')]
                      .filter(cell => cell.checkVisibility()).map(cell => cell.textContent);
                    const path = location.pathname;
                    const foreign = path.includes('/t/' + acmeSlug + '/') ? globexNames
                      : path.includes('/t/' + globexSlug + '/') ? acmeNames : [];
                    for (const name of [...acmeNames, ...globexNames]) {
                      const leaking = foreign.includes(name) && shown.some(text => text.includes(name));
                      const count = leaking ? (frames.get(name) || 0) + 1 : 0;
                      frames.set(name, count);
                      if (count === 6) window.__leaks.push(path + ': ' + name);
                    }
                    requestAnimationFrame(everyFrame);
                  };
                  requestAnimationFrame(everyFrame);
                }""", List.of(acmeSlug, acmeNames, globexSlug, globexNames));
    }
}

package com.sendclean.portal.smtpusers;

import com.sendclean.portal.support.SandboxServer;
import com.sendclean.portal.support.UsesSandbox;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.sendclean.portal.sandbox.SandboxAccounts;
import com.sendclean.portal.sandbox.SandboxSmtpUser;
import com.sendclean.portal.signin.LoginPage;
import com.sendclean.portal.support.BrowserTest;
import com.sendclean.portal.support.TestTenants;
import com.sendclean.portal.tenant.TenantRole;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** Two people on one tenant's SMTP users: each sees the other's changes without pressing Refresh. */
@UsesSandbox
class SmtpUsersLiveUpdatesBrowserTest extends BrowserTest {

    // pushed rows arrive well within the 2 s here; the margin is for a machine shared with other builds
    static final LocatorAssertions.HasTextOptions PUSHED = new LocatorAssertions.HasTextOptions().setTimeout(5_000);

    @Autowired SandboxTenants sandboxTenants;
    final SandboxAccounts sandbox = SandboxServer.accounts();
    @Autowired TestTenants testTenants;

    BrowserContext otherContext;

    @AfterEach
    void closeOther() {
        if (otherContext != null) {
            otherContext.close();
        }
    }

    SmtpUsersPage signInAs(Page in, String username, String slug) {
        new LoginPage(in).open(url("")).signIn(username, TestTenants.PASSWORD);
        in.waitForURL("**/t/" + slug);
        return new SmtpUsersPage(in).open(url(""), slug);
    }

    @Test
    void anEditAStatusSwitchAndANewUserShowUpInTheOtherSessionWithoutRefresh() {
        var acme = sandboxTenants.create("Acme", 2);
        var colleague = testTenants.readyMember(acme.tenant(), "colleague", TenantRole.OPERATOR);
        SandboxSmtpUser user = sandbox.listUsers(acme.ownerId()).getFirst();
        var mine = signInAs(page, acme.admin().username(), acme.tenant().slug());
        otherContext = browserContext.browser().newContext(contextOptions());
        Page otherPage = otherContext.newPage();
        var theirs = signInAs(otherPage, colleague.username(), acme.tenant().slug());

        mine.limitButton("Total limit", user.smtpUserName()).click();
        mine.editorField("Total limit").fill("3456");
        mine.editorField("Total limit").press("Enter");
        assertThat(theirs.limitButton("Total limit", user.smtpUserName())).hasText("3,456", PUSHED);
        // the changed row is briefly highlighted (the row's cells carry the part)
        assertThat(otherPage.locator("vaadin-grid [part~='changed']").first()).isAttached();

        boolean wasEnabled = user.status().wireValue().equals("Enable");
        mine.statusCheckbox(user.smtpUserName()).click();
        assertThat(mine.text(user.smtpUserName() + (wasEnabled ? " is disabled." : " is enabled."))).isVisible();
        assertThat(otherPage.locator("vaadin-checkbox.status-switch").first())
                .hasText(wasEnabled ? "Disabled" : "Enabled", PUSHED);

        mine.button("Add SMTP user").click();
        mine.dialogField("Total limit").fill("500");
        mine.dialogField("Hourly limit").fill("50");
        mine.dialogButton("Create").click();
        String created = mine.dialogField("User name").inputValue();
        assertThat(theirs.row(created)).isVisible();
        assertThat(theirs.counts()).containsText("3 SMTP users", new LocatorAssertions.ContainsTextOptions().setTimeout(5_000));
    }

    @Test
    void aRowBeingEditedIsMarkedNotOverwrittenAndSavingItAsksAboutTheOtherChange() {
        var acme = sandboxTenants.create("Acme", 1);
        var colleague = testTenants.readyMember(acme.tenant(), "colleague", TenantRole.OPERATOR);
        SandboxSmtpUser user = sandbox.listUsers(acme.ownerId()).getFirst();
        var mine = signInAs(page, acme.admin().username(), acme.tenant().slug());
        otherContext = browserContext.browser().newContext(contextOptions());
        Page otherPage = otherContext.newPage();
        var theirs = signInAs(otherPage, colleague.username(), acme.tenant().slug());

        mine.limitButton("Total limit", user.smtpUserName()).click();
        mine.editorField("Total limit").fill("55");

        theirs.limitButton("Total limit", user.smtpUserName()).click();
        theirs.editorField("Total limit").fill("999");
        theirs.editorField("Total limit").press("Enter");
        assertThat(theirs.text("Total limit of " + user.smtpUserName() + " is now 999.")).isVisible();

        assertThat(mine.text("Changed by someone else")).isVisible();
        assertThat(mine.editorField("Total limit")).hasValue("55"); // what I typed stays
        mine.editorField("Total limit").press("Enter");
        String question = colleague.username() + " changed it from " + String.format(Locale.ROOT, "%,d", user.totalLimit())
                + " to 999; save 55 anyway?";
        assertThat(mine.dialog()).containsText(question);
        assertThat(sandbox.findUser(acme.ownerId(), user.smtpUserName()).orElseThrow().totalLimit())
                .as("nothing is sent before the answer").isEqualTo(999);

        mine.dialogButton("Save").click();
        assertThat(mine.text("Total limit of " + user.smtpUserName() + " is now 55.")).isVisible();
        assertThat(sandbox.findUser(acme.ownerId(), user.smtpUserName()).orElseThrow().totalLimit()).isEqualTo(55);
        assertThat(theirs.limitButton("Total limit", user.smtpUserName())).hasText("55", PUSHED);
    }
}

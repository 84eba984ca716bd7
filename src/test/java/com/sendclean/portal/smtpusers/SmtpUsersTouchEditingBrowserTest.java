package com.sendclean.portal.smtpusers;

import com.sendclean.portal.support.SandboxServer;
import com.sendclean.portal.support.UsesSandbox;
import com.microsoft.playwright.Browser;
import com.sendclean.portal.sandbox.SandboxAccounts;
import com.sendclean.portal.sandbox.SandboxSmtpUser;
import com.sendclean.portal.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** On a touch screen the open limit editor has explicit Save and Cancel, and tapping another limit saves first. */
@UsesSandbox
class SmtpUsersTouchEditingBrowserTest extends BrowserTest {

    @Autowired SandboxTenants sandboxTenants;
    final SandboxAccounts sandbox = SandboxServer.accounts();

    @Override
    protected Browser.NewContextOptions contextOptions() {
        return new Browser.NewContextOptions().setViewportSize(1024, 768).setHasTouch(true).setIsMobile(true);
    }

    @Test
    void theOpenEditorHasLargeSaveAndCancelAndTappingAnotherRowsLimitSavesAndOpensIt() {
        var acme = sandboxTenants.create("Touch", 2);
        var screen = new SmtpUsersPage(page).signInAndOpen(url(""), acme);
        var users = sandbox.listUsers(acme.ownerId());
        SandboxSmtpUser first = users.get(0);
        SandboxSmtpUser second = users.get(1);

        screen.limitButton("Total limit", first.smtpUserName()).tap();
        var save = screen.button("Save total limit");
        var cancel = screen.button("Cancel");
        assertThat(save).isVisible();
        assertThat(cancel).isVisible();
        assertThat(save.boundingBox().height).as("Save is a touch target").isGreaterThanOrEqualTo(44);
        assertThat(cancel.boundingBox().height).as("Cancel is a touch target").isGreaterThanOrEqualTo(44);

        cancel.tap();
        assertThat(save).isHidden();
        assertThat(sandbox.findUser(acme.ownerId(), first.smtpUserName()).orElseThrow().totalLimit())
                .isEqualTo(first.totalLimit());

        screen.limitButton("Total limit", first.smtpUserName()).tap();
        screen.editorField("Total limit").fill("6001");
        screen.limitButton("Hourly limit", second.smtpUserName()).tap();
        assertThat(screen.text("Total limit of " + first.smtpUserName() + " is now 6,001.")).isVisible();
        assertThat(screen.editorField("Hourly limit")).isVisible();
        screen.editorField("Hourly limit").fill("61");
        screen.button("Save hourly limit").tap();
        assertThat(screen.text("Hourly limit of " + second.smtpUserName() + " is now 61.")).isVisible();
        assertThat(sandbox.findUser(acme.ownerId(), first.smtpUserName()).orElseThrow().totalLimit()).isEqualTo(6001);
        assertThat(sandbox.findUser(acme.ownerId(), second.smtpUserName()).orElseThrow().hourlyLimit()).isEqualTo(61);
    }
}

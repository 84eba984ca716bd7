package com.sendclean.portal.smtpusers;

import com.sendclean.portal.support.SandboxServer;
import com.sendclean.portal.support.UsesSandbox;
import com.microsoft.playwright.Browser;
import com.sendclean.portal.sandbox.SandboxAccounts;
import com.sendclean.portal.sandbox.SandboxSmtpUser;
import com.sendclean.portal.support.BrowserTest;
import com.sendclean.portal.ui.ShellPage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** An administrator on a tablet in portrait: touch, a collapsed drawer, and no sideways scrolling. */
@UsesSandbox
class SmtpUsersTabletBrowserTest extends BrowserTest {

    @Autowired SandboxTenants sandboxTenants;
    final SandboxAccounts sandbox = SandboxServer.accounts();

    @Override
    protected Browser.NewContextOptions contextOptions() {
        return new Browser.NewContextOptions().setViewportSize(768, 1024).setHasTouch(true).setIsMobile(true);
    }

    @Test
    void editingALimitByTapWorksOnAPortraitTablet() {
        var acme = sandboxTenants.create("Tablet", 3);
        var screen = new SmtpUsersPage(page).signInAndOpen(url(""), acme);
        SandboxSmtpUser user = sandbox.listUsers(acme.ownerId()).getFirst();

        assertThat(new ShellPage(page).menuToggle()).isVisible();
        assertThat(page.locator("vaadin-app-layout[overlay]")).hasCount(1);
        assertThat(screen.row(user.smtpUserName())).isVisible();
        Object sideways = page.evaluate("() => document.scrollingElement.scrollWidth > document.scrollingElement.clientWidth");
        assertThat(sideways).as("the page never scrolls sideways").isEqualTo(false);

        screen.limitButton("Total limit", user.smtpUserName()).tap();
        screen.editorField("Total limit").fill("9000");
        screen.editorField("Total limit").press("Enter");
        assertThat(screen.text("Total limit of " + user.smtpUserName() + " is now 9,000.")).isVisible();
        assertThat(sandbox.findUser(acme.ownerId(), user.smtpUserName()).orElseThrow().totalLimit()).isEqualTo(9000);

        // the password folds into the row's details on narrow screens
        screen.button("More about " + user.smtpUserName()).tap();
        assertThat(screen.button("Reveal password of " + user.smtpUserName())).isVisible();
        Object smallestTarget = page.evaluate("""
                () => Math.min(...[...document.querySelectorAll('vaadin-grid-cell-content vaadin-button, vaadin-grid-cell-content .limit-button')]
                      .filter(e => e.offsetParent !== null).map(e => e.getBoundingClientRect().height))""");
        assertThat(((Number) smallestTarget).doubleValue()).as("touch targets are at least 44 px").isGreaterThanOrEqualTo(44);
        assertAccessible();
    }
}

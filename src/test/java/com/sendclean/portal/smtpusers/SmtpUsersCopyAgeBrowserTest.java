package com.sendclean.portal.smtpusers;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.sendclean.portal.sandbox.SandboxAccounts;
import com.sendclean.portal.support.SandboxServer;
import com.sendclean.portal.support.UsesSandbox;
import com.sendclean.portal.sandbox.SandboxFaults;
import com.sendclean.portal.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Issue 18, item 3: the screen says how old its list is, and keeps saying so while it stays open: when re-listing the
 * copy in the background fails, the line says that too, without the user doing anything.
 */
@UsesSandbox
@TestPropertySource(properties = "portal.smtp-users.refresh-after=1s")
class SmtpUsersCopyAgeBrowserTest extends BrowserTest {

    @Autowired SandboxTenants sandboxTenants;
    final SandboxAccounts sandbox = SandboxServer.accounts();

    @Test
    void theScreenSaysHowOldTheListIsAndThatReListingItFailed() {
        var acme = sandboxTenants.create("Aged", 2);
        var screen = new SmtpUsersPage(page).signInAndOpen(url(""), acme);
        Locator age = page.locator(".smtp-copy-age");

        assertThat(age).hasText("Listed from SendClean less than a minute ago.");

        sandbox.setFaults(acme.ownerId(), SandboxFaults.failing(SandboxFaults.Fault.HTTP_500_HTML));
        // the open screen looks at the copy every second here: the first look re-lists it, which fails
        assertThat(age).containsText("Listing again less than a minute ago failed:",
                new LocatorAssertions.ContainsTextOptions().setTimeout(30_000));
        assertThat(age).hasAttribute("data-stale", "refresh-failed");
        assertThat(screen.counts()).containsText("2 SMTP users");
    }
}

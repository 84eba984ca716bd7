package com.sendclean.portal.smtpusers;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.sendclean.portal.signin.LoginPage;
import com.sendclean.portal.support.TestTenants;
import com.sendclean.portal.support.VaadinClient;
import java.util.regex.Pattern;

/** The SMTP users screen as a user sees it. */
class SmtpUsersPage {

    private final Page page;

    SmtpUsersPage(Page page) {
        this.page = page;
    }

    /** Signs in as the tenant's ADMIN, who lands on the tenant, then opens its SMTP users screen. */
    SmtpUsersPage signInAndOpen(String baseUrl, SandboxTenants.Connected connected) {
        new LoginPage(page).open(baseUrl).signIn(connected.admin().username(), TestTenants.PASSWORD);
        page.waitForURL("**/t/" + connected.tenant().slug());
        return open(baseUrl, connected.tenant().slug());
    }

    SmtpUsersPage open(String baseUrl, String slug) {
        page.navigate(baseUrl + "/t/" + slug + "/smtp-users");
        heading().waitFor();
        return this;
    }

    Locator heading() {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("SMTP users").setExact(true));
    }

    Locator counts() {
        return page.locator(".smtp-counts");
    }

    Locator state() {
        return page.locator(".smtp-state");
    }

    Locator row(String smtpUser) {
        return page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText(smtpUser)).first();
    }

    Locator limitButton(String kind, String smtpUser) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(kind + " of " + smtpUser + ":"));
    }

    Locator editorField(String kind) {
        return page.getByRole(AriaRole.SPINBUTTON, new Page.GetByRoleOptions().setName(kind).setExact(true))
                .or(page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName(kind).setExact(true)));
    }

    /** The status switch, named for what a tap does: "Disable smtp1" while enabled, "Enable smtp1" while disabled. */
    Locator statusCheckbox(String smtpUser) {
        return page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName(
                // JavaScript regular expressions know no \\Q...\\E quoting
                Pattern.compile("^(Enable|Disable) " + smtpUser.replaceAll("[^A-Za-z0-9]", "\\\\$0") + "$")));
    }

    Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    Locator dialog() {
        return page.getByRole(AriaRole.DIALOG).last();
    }

    /** Clicks a button that starts a SendClean call and waits until its pushed result has arrived. */
    void clickAndWaitForResult(Locator button) {
        // the click's own round trip shows the progress bar; the result comes later over the push channel
        page.waitForResponse(response -> response.url().contains("v-r=uidl"), button::click);
        // the response has arrived, but the client may not have applied it yet (the bar would still look hidden)
        awaitIdle();
        PlaywrightAssertions.assertThat(page.locator("vaadin-progress-bar")).isHidden();
    }

    /** Waits until the Vaadin client has no request to the server under way and has applied every answer. */
    void awaitIdle() {
        VaadinClient.awaitIdle(page);
    }

    Locator dialogButton(String name) {
        return dialog().getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(name).setExact(true));
    }

    Locator dialogField(String label) {
        return dialog().getByLabel(label, new Locator.GetByLabelOptions().setExact(true));
    }

    Locator search() {
        return page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Search by name"));
    }

    Locator text(String text) {
        return page.getByText(text);
    }
}

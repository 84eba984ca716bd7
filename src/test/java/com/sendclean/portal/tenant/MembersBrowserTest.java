package com.sendclean.portal.tenant;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.sendclean.portal.signin.LoginPage;
import com.sendclean.portal.support.BrowserTest;
import com.sendclean.portal.support.TestTenants;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

class MembersBrowserTest extends BrowserTest {

    @Autowired TestTenants testTenants;

    @Test
    void anAdminAddsAMemberChangesTheRoleAndCannotRemoveTheLastAdmin() {
        var tenant = testTenants.tenant("Cyberdyne");
        var admin = testTenants.readyMember(tenant, "miles", TenantRole.ADMIN);
        new LoginPage(page).open(url("")).signIn(admin.username(), TestTenants.PASSWORD);
        page.navigate(url("/t/" + tenant.slug() + "/members"));
        assertThat(heading("Members")).isVisible();
        assertAccessible();

        button("Add member").click();
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Username").setExact(true)).fill("sarah-" + tenant.slug());
        page.getByLabel("Initial password", new Page.GetByLabelOptions().setExact(true)).fill("short");
        dialogButton("Create member").click();
        // the field's message, not Vaadin's live-region announcement of it, which may still be in the page
        assertThat(page.getByRole(AriaRole.DIALOG).getByText("Use at least 12 characters.")).isVisible();
        page.getByLabel("Initial password", new Page.GetByLabelOptions().setExact(true)).fill("sarah-initial-passphrase");
        dialogButton("Create member").click();
        assertThat(cell("sarah-" + tenant.slug())).isVisible();

        page.getByLabel("Role of sarah-" + tenant.slug()).click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Viewer").setExact(true)).click();
        assertThat(page.getByText("sarah-" + tenant.slug() + " is now Viewer.")).isVisible();

        button("Remove member " + admin.username()).click();
        dialogButton("Remove member").click();
        assertThat(page.getByText("The account needs at least one Admin, so its last Admin cannot be removed.")).isVisible();
        assertThat(cell(admin.username())).isVisible();
    }

    private Locator heading(String text) {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(text).setExact(true));
    }

    private Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private Locator dialogButton(String name) {
        return page.getByRole(AriaRole.DIALOG).getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(name).setExact(true));
    }

    private Locator cell(String text) {
        return page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText(text)).first();
    }
}

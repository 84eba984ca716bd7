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

/** Changing roles on the members page: the server's refusal is shown and the shown role is the one that holds. */
class MemberRoleChangesBrowserTest extends BrowserTest {

    @Autowired TestTenants testTenants;

    @Test
    void demotingYourselfAsksFirstAndARefusalRestoresTheShownRole() {
        var tenant = testTenants.tenant("Initech");
        var admin = testTenants.readyMember(tenant, "bill", TenantRole.ADMIN);
        new LoginPage(page).open(url("")).signIn(admin.username(), TestTenants.PASSWORD);
        page.navigate(url("/t/" + tenant.slug() + "/members"));
        Locator role = page.getByLabel("Role of " + admin.username());
        role.waitFor();

        role.click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Operator").setExact(true)).click();
        Locator dialog = page.getByRole(AriaRole.DIALOG);
        assertThat(dialog).containsText("Make yourself Operator");
        assertThat(role).containsText("Admin");
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Cancel").setExact(true)).click();
        assertThat(role).containsText("Admin");

        role.click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Operator").setExact(true)).click();
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Change my role").setExact(true)).click();
        assertThat(page.getByText("The account needs at least one Admin. Make someone else Admin first.")).isVisible();
        assertThat(role).containsText("Admin");
        assertThat(role).not().containsText("Operator");
        assertAccessible();
    }
}

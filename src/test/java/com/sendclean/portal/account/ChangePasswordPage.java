package com.sendclean.portal.account;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** The forced (or voluntary) password change form. */
public class ChangePasswordPage {

    private final Page page;

    public ChangePasswordPage(Page page) {
        this.page = page;
    }

    public Locator heading() {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Change your password"));
    }

    public void change(String current, String replacement, String confirmation) {
        field("Current password").fill(current);
        field("New password").fill(replacement);
        field("Confirm new password").fill(confirmation);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Change password")).click();
    }

    private Locator field(String label) {
        return page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName(label).setExact(true));
    }
}

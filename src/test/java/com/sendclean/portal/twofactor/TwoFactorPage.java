package com.sendclean.portal.twofactor;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** The second sign-in step. */
public class TwoFactorPage {

    private final Page page;

    public TwoFactorPage(Page page) {
        this.page = page;
    }

    public Locator heading() {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Two-factor sign-in"));
    }

    public Locator code() {
        return page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Code"));
    }

    public void enter(String code) {
        code().fill(code);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Verify")).click();
    }
}

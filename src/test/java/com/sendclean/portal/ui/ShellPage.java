package com.sendclean.portal.ui;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** The application shell around every signed-in page. */
public class ShellPage {

    private final Page page;

    public ShellPage(Page page) {
        this.page = page;
    }

    public Locator title() {
        return page.getByText("SendClean Portal").first();
    }

    public Locator currentUser() {
        return page.locator(".current-user");
    }

    public Locator logOutButton() {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log out"));
    }

    public Locator menuToggle() {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Menu"));
    }

    public void logOut() {
        logOutButton().click();
    }
}

package com.sendclean.portal.ui;

import com.microsoft.playwright.options.WaitForSelectorState;
import java.util.List;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** The application shell around every signed-in page. */
public class ShellPage {

    private final Page page;

    public ShellPage(Page page) {
        this.page = page;
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

    public Locator heading(String text) {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(text).setExact(true));
    }

    public Locator notFound() {
        return heading("Page not found");
    }

    public Locator menuLink(String name) {
        return page.locator("vaadin-side-nav-item").filter(new Locator.FilterOptions().setHasText(name));
    }

    /** The drawer's entries, top to bottom, as the user reads them. */
    public List<String> menuEntries() {
        page.locator("vaadin-side-nav-item").first().waitFor(
                new Locator.WaitForOptions().setState(WaitForSelectorState.ATTACHED));
        return page.locator("vaadin-side-nav-item").allTextContents().stream().map(String::strip).toList();
    }

    public Locator tenantSwitcher() {
        return page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Tenant"));
    }

    /** Opens the tenant switcher; the options it offers. */
    public Locator openSwitcher() {
        tenantSwitcher().click();
        return page.getByRole(AriaRole.OPTION);
    }

    public void closeSwitcher() {
        page.keyboard().press("Escape");
    }

    public void switchTenant(String name) {
        tenantSwitcher().click();
        tenantSwitcher().fill(name);
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(name)).click();
    }

    public void logOut() {
        logOutButton().click();
    }
}

package com.sendclean.portal.admin;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** The platform administration pages (tenants and users) as an administrator uses them. */
public class AdministrationPage {

    private final Page page;
    private final String baseUrl;

    public AdministrationPage(Page page, String baseUrl) {
        this.page = page;
        this.baseUrl = baseUrl;
    }

    public AdministrationPage openTenants() {
        page.navigate(baseUrl + "/admin/tenants");
        heading("Tenants").waitFor();
        return this;
    }

    public AdministrationPage openUsers() {
        page.navigate(baseUrl + "/admin/users");
        heading("Users").waitFor();
        return this;
    }

    public void createTenant(String name, String slug) {
        button("Create tenant").click();
        textbox("Name").fill(name);
        textbox("URL name").fill(slug);
        dialogButton("Create").click();
    }

    public void createUser(String username, String initialPassword) {
        button("Create user").click();
        textbox("Username").fill(username);
        page.getByLabel("Initial password", new Page.GetByLabelOptions().setExact(true)).fill(initialPassword);
        dialogButton("Create").click();
    }

    public void grantMembership(String username, String tenantName, String role) {
        button("Memberships of " + username).click();
        var tenant = page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Tenant"));
        tenant.click();
        tenant.fill(tenantName);
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(tenantName)).click();
        page.locator("vaadin-dialog-overlay vaadin-select, vaadin-dialog vaadin-select").first().click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(role).setExact(true)).click();
        dialogButton("Add member").click();
    }

    public void closeDialog() {
        dialogButton("Close").click();
    }

    public Locator heading(String text) {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(text).setExact(true));
    }

    public Locator cell(String text) {
        return page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText(text)).first();
    }

    public Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    public Locator textbox(String name) {
        return page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private Locator dialogButton(String name) {
        return page.getByRole(AriaRole.DIALOG).getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(name).setExact(true));
    }
}

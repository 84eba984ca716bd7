package com.sendclean.portal.tenant;

import com.sendclean.portal.security.CurrentUser;
import com.sendclean.portal.security.PortalUser;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/**
 * Where sign-in lands. A member of two or more tenants goes on to the accounts overview, a member of one to that
 * tenant; a platform administrator without a tenant sees what they can administer; any other user without a tenant
 * sees a page that says so.
 */
@Route("")
@PermitAll
class LandingView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final TenantService tenantService;
    private final CurrentUser currentUser;
    /** What the page shows; there is no "Home" in the drawer, so the title says what is on screen. */
    private String title = "SendClean Portal";

    LandingView(TenantService tenantService, CurrentUser currentUser) {
        this.tenantService = tenantService;
        this.currentUser = currentUser;
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (tenantService.myTenants().size() >= 2) {
            // issue 16: people in several accounts start from the accounts overview
            event.forwardTo("accounts");
            return;
        }
        var landing = tenantService.landingTenant();
        if (landing.isPresent()) {
            // the overview lives in the dashboard module, which builds on this one: named by its path here
            event.forwardTo(TenantLinks.path(landing.get().tenant().slug(), ""));
            return;
        }
        removeAll();
        if (currentUser.get().map(PortalUser::isPlatformAdmin).orElse(false)) {
            showAdministration();
            return;
        }
        title = "No customer account yet";
        add(new H1(title),
                new Paragraph("You are signed in, but you are not a member of any customer account yet. "
                        + "Ask your administrator to add you to one."));
    }

    /** A platform administrator without a tenant of their own: what they can do here, not what they lack. */
    private void showAdministration() {
        var list = new UnorderedList();
        list.addClassName("admin-tasks");
        list.add(task("admin/tenants", "Tenants", "set up customer accounts, rename, deactivate them and add members"),
                task("admin/users", "Users", "create users, reset their passwords, deactivate them and manage memberships"),
                task("admin/audit", "Audit", "read and export who changed what, in every account"),
                task("admin/keys", "Encryption key", "re-encrypt stored credentials and rotate the key"));
        title = "Platform administration";
        add(new H1(title),
                new Paragraph("You administer this portal. What you can do:"), list);
    }

    private static ListItem task(String path, String title, String what) {
        var link = new Anchor(path, title);
        return new ListItem(link, new Span(": " + what));
    }

    @Override
    public String getPageTitle() {
        return title + " · SendClean Portal";
    }
}

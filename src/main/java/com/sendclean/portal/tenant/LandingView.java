package com.sendclean.portal.tenant;

import com.sendclean.portal.security.CurrentUser;
import com.sendclean.portal.security.PortalUser;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/**
 * Where sign-in lands. A member of two or more tenants goes on to the accounts overview, a member of one to that
 * tenant; a user without any tenant sees a page that says so.
 */
@Route("")
@PageTitle("Home · SendClean Portal")
@PermitAll
class LandingView extends Main implements BeforeEnterObserver {

    private final TenantService tenantService;
    private final CurrentUser currentUser;

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
            event.forwardTo("t/" + landing.get().tenant().slug());
            return;
        }
        removeAll();
        add(new H1("No customer account yet"),
                new Paragraph("You are signed in, but you are not a member of any customer account yet. "
                        + "Ask your administrator to add you to one."));
        if (currentUser.get().map(PortalUser::isPlatformAdmin).orElse(false)) {
            add(new Paragraph("As a platform administrator you can set up customer accounts and users:"),
                    new Anchor("admin/tenants", "Tenants"), new Paragraph(), new Anchor("admin/users", "Users"));
        }
    }
}

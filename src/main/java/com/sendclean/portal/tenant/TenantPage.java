package com.sendclean.portal.tenant;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;

/**
 * Base of every page under {@code t/:slug/...}. It opens the tenant through {@link TenantService}, which checks
 * membership and role, and shows the same "not found" page for a tenant the user may not open as for one that does
 * not exist. The services the page calls check again.
 */
public abstract class TenantPage extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final TenantService tenantService;
    private TenantMembership membership;

    protected TenantPage(TenantService tenantService) {
        this.tenantService = tenantService;
        addClassName("page");
    }

    /** The least role that may open this page. */
    protected abstract TenantRole requiredRole();

    /** The page's title without the tenant, e.g. "SMTP users". */
    protected abstract String pageTitle();

    /** Builds the page for the tenant; called on every navigation to it. */
    protected abstract void show(TenantMembership membership);

    @Override
    public final void beforeEnter(BeforeEnterEvent event) {
        String slug = event.getRouteParameters().get("slug").orElse("");
        var opened = tenantService.open(slug, requiredRole());
        if (opened.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        membership = opened.get();
        removeAll();
        show(membership);
    }

    protected TenantMembership membership() {
        return membership;
    }

    @Override
    public String getPageTitle() {
        return membership == null ? "SendClean Portal"
                : pageTitle() + " · " + membership.tenant().name() + " · SendClean Portal";
    }
}

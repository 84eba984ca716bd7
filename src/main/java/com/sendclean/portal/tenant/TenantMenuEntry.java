package com.sendclean.portal.tenant;

import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * A page of a tenant that belongs in the drawer. Features declare theirs as beans; the drawer shows those the
 * signed-in user's role allows, for the tenant on screen.
 *
 * @param title what the drawer says
 * @param pathSuffix the page's path below {@code t/<slug>/}, empty for the tenant's overview
 * @param requiredRole the least role that may open the page
 * @param order position in the drawer, lowest first
 */
public record TenantMenuEntry(String title, String pathSuffix, TenantRole requiredRole, VaadinIcon icon, int order) {

    public String pathFor(String slug) {
        return TenantLinks.path(slug, pathSuffix);
    }
}

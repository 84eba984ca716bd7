package com.sendclean.portal.tenant;

import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

/**
 * Links to tenant pages by their view class and the tenant's slug, so that no feature builds {@code "t/" + slug}
 * strings of its own: a renamed route or parameter changes here and in the view's {@code @Route} only.
 */
public final class TenantLinks {

    /** The route parameter of every page under {@code t/:slug}. */
    public static final String SLUG = "slug";

    private TenantLinks() {
    }

    /** The route parameters that open a tenant page for the tenant. */
    public static RouteParameters of(String slug) {
        return new RouteParameters(SLUG, slug);
    }

    /** A link to the tenant's page, e.g. {@code link("Update the credentials", CredentialsView.class, slug)}. */
    public static RouterLink link(String text, Class<? extends TenantPage> page, String slug) {
        return new RouterLink(text, page, of(slug));
    }

    /** The page's URL for the tenant, for places that need a string (a side-nav item). */
    public static String url(Class<? extends TenantPage> page, String slug) {
        return RouteConfiguration.forApplicationScope().getUrl(page, of(slug));
    }

    /** The path of the tenant's page below {@code t/<slug>/}, for the drawer and the switcher, which know suffixes. */
    static String path(String slug, String suffix) {
        return suffix == null || suffix.isEmpty() ? "t/" + slug : "t/" + slug + "/" + suffix;
    }
}

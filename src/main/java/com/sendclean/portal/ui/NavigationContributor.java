package com.sendclean.portal.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;

/**
 * Lets a feature add its entries to the shell without the shell knowing the feature. Implementations are singletons
 * that build fresh components on every call, for the signed-in user of the calling UI.
 */
public interface NavigationContributor {

    /**
     * Drawer entries for the page at {@code path} (without leading slash), already filtered to what the signed-in
     * user may open.
     */
    List<SideNavItem> menuItems(String path);

    /** Components for the header, between the title and the user menu (for example the tenant switcher). */
    default List<Component> navbarItems() {
        return List.of();
    }
}

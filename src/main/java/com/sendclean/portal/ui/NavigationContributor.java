package com.sendclean.portal.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;

/**
 * Lets a feature add its entries to the shell without the shell knowing the feature. Implementations are
 * UI-scoped beans, so they may depend on the signed-in user.
 */
public interface NavigationContributor {

    /** Menu entries for the drawer, already filtered to what the signed-in user may open. */
    List<SideNavItem> menuItems();

    /** Components for the header, between the title and the user menu (for example the tenant switcher). */
    default List<Component> navbarItems() {
        return List.of();
    }
}

package com.sendclean.portal.admin;

import com.sendclean.portal.security.CurrentUser;
import com.sendclean.portal.security.PortalUser;
import com.sendclean.portal.ui.NavigationContributor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The platform administration pages in the drawer, for platform administrators only. */
@Component
@Order(100)
class AdminNavigation implements NavigationContributor {

    private final CurrentUser currentUser;

    AdminNavigation(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public List<SideNavItem> menuItems(String path) {
        if (!currentUser.get().map(PortalUser::isPlatformAdmin).orElse(false)) {
            return List.of();
        }
        // flat items: a nested SideNavItem's toggle fails axe-core's aria-valid-attr-value check
        return List.of(
                new SideNavItem("Tenants", TenantsAdminView.PATH, VaadinIcon.BUILDING.create()),
                new SideNavItem("Users", UsersAdminView.PATH, VaadinIcon.USER.create()),
                new SideNavItem("Encryption key", KeysAdminView.PATH, VaadinIcon.KEY.create()));
    }
}

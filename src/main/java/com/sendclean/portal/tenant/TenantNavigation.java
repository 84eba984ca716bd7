package com.sendclean.portal.tenant;

import com.sendclean.portal.ui.NavigationContributor;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.Comparator;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.annotation.Order;


/** Puts the tenant switcher in the header and the pages of the tenant on screen in the drawer. */
@org.springframework.stereotype.Component
@Order(10)
class TenantNavigation implements NavigationContributor {

    private final TenantService tenantService;
    private final ObjectProvider<TenantMenuEntry> entries;

    TenantNavigation(TenantService tenantService, ObjectProvider<TenantMenuEntry> entries) {
        this.tenantService = tenantService;
        this.entries = entries;
    }

    @Override
    public List<SideNavItem> menuItems(String path) {
        return TenantPaths.slugOf(path)
                .flatMap(slug -> tenantService.myTenants().stream()
                        .filter(membership -> membership.tenant().slug().equals(slug))
                        .findFirst())
                .map(membership -> entries.orderedStream()
                        .filter(entry -> membership.allows(entry.requiredRole()))
                        .sorted(Comparator.comparingInt(TenantMenuEntry::order))
                        .map(entry -> {
                            var item = new SideNavItem(entry.title(), entry.pathFor(membership.tenant().slug()),
                                    entry.icon().create());
                            return item;
                        })
                        .toList())
                .orElse(List.of());
    }

    @Override
    public List<Component> navbarItems() {
        List<TenantMembership> mine = tenantService.myTenants();
        return mine.isEmpty() ? List.of() : List.of(new TenantSwitcher(mine));
    }
}

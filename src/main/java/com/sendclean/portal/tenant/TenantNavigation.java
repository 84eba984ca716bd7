package com.sendclean.portal.tenant;

import com.sendclean.portal.ui.NavigationContributor;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.annotation.Order;


/**
 * Puts the tenant switcher in the header and, in the drawer, "Accounts" for members of several tenants, then the
 * pages of the current tenant: the one on screen, or on pages outside any tenant (the profile, administration) the
 * one the user came from, so the drawer and the switcher stay where the user left them.
 */
@org.springframework.stereotype.Component
@Order(10)
class TenantNavigation implements NavigationContributor {

    /** The reseller cockpit's path, for members of two or more tenants. */
    static final String ACCOUNTS_PATH = "accounts";

    private final TenantService tenantService;
    private final ObjectProvider<TenantMenuEntry> entries;

    TenantNavigation(TenantService tenantService, ObjectProvider<TenantMenuEntry> entries) {
        this.tenantService = tenantService;
        this.entries = entries;
    }

    @Override
    public List<SideNavItem> menuItems(String path) {
        List<TenantMembership> mine = tenantService.myTenants();
        var items = new ArrayList<SideNavItem>();
        if (mine.size() >= 2) {
            items.add(new SideNavItem("Accounts", ACCOUNTS_PATH, VaadinIcon.GRID_BIG.create()));
        }
        currentTenant(path, mine).ifPresent(membership -> entries.orderedStream()
                .filter(entry -> membership.allows(entry.requiredRole()))
                .sorted(Comparator.comparingInt(TenantMenuEntry::order))
                .map(entry -> new SideNavItem(entry.title(), entry.pathFor(membership.tenant().slug()),
                        entry.icon().create()))
                .forEach(items::add));
        return items;
    }

    /** The tenant on screen; outside tenant pages the one used last. */
    private Optional<TenantMembership> currentTenant(String path, List<TenantMembership> mine) {
        Optional<String> slug = TenantPaths.slugOf(path);
        if (slug.isPresent()) {
            return mine.stream().filter(membership -> membership.tenant().slug().equals(slug.get())).findFirst();
        }
        return mine.isEmpty() ? Optional.empty() : tenantService.landingTenant();
    }

    @Override
    public List<Component> navbarItems() {
        List<TenantMembership> mine = tenantService.myTenants();
        return mine.isEmpty() ? List.of()
                : List.of(new TenantSwitcher(mine, () -> tenantService.landingTenant().map(m -> m.tenant().slug())));
    }
}

package com.sendclean.portal.auditpages;

import com.sendclean.portal.security.CurrentUser;
import com.sendclean.portal.security.PortalUser;
import com.sendclean.portal.tenant.TenantMenuEntry;
import com.sendclean.portal.tenant.TenantRole;
import com.sendclean.portal.ui.NavigationContributor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The audit pages in the drawer: "Audit" for a tenant's ADMINs, and below the administration pages. */
@Configuration(proxyBeanMethods = false)
class AuditNavigation {

    @Bean
    TenantMenuEntry auditMenuEntry() {
        return new TenantMenuEntry("Audit", TenantAuditView.PATH, TenantRole.ADMIN, VaadinIcon.LIST, 90);
    }

    /** After the platform administration entries. */
    @Component
    @Order(110)
    static class PlatformAuditNavigation implements NavigationContributor {

        private final CurrentUser currentUser;

        PlatformAuditNavigation(CurrentUser currentUser) {
            this.currentUser = currentUser;
        }

        @Override
        public List<SideNavItem> menuItems(String path) {
            if (!currentUser.get().map(PortalUser::isPlatformAdmin).orElse(false)) {
                return List.of();
            }
            return List.of(new SideNavItem("Audit", PlatformAuditView.PATH, VaadinIcon.LIST.create()));
        }
    }
}

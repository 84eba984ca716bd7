package com.sendclean.portal.tenant;

import com.vaadin.flow.component.icon.VaadinIcon;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The tenant feature's own pages in the drawer. */
@Configuration(proxyBeanMethods = false)
class TenantMenuEntries {

    @Bean
    TenantMenuEntry overviewMenuEntry() {
        return new TenantMenuEntry("Overview", "", TenantRole.VIEWER, VaadinIcon.DASHBOARD, 0);
    }

    @Bean
    TenantMenuEntry membersMenuEntry() {
        return new TenantMenuEntry("Members", MembersView.PATH, TenantRole.ADMIN, VaadinIcon.USERS, 40);
    }
}

package com.sendclean.portal.credentials;

import com.sendclean.portal.tenant.TenantMenuEntry;
import com.sendclean.portal.tenant.TenantRole;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The credentials page in the drawer, for the tenant's ADMINs. */
@Configuration(proxyBeanMethods = false)
class CredentialsMenu {

    @Bean
    TenantMenuEntry credentialsMenuEntry() {
        return new TenantMenuEntry("SendClean credentials", CredentialsView.PATH, TenantRole.ADMIN, VaadinIcon.KEY, 30);
    }
}

package com.sendclean.portal.smtpusers.ui;

import com.sendclean.portal.tenant.TenantMenuEntry;
import com.sendclean.portal.tenant.TenantRole;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The SMTP users page in the drawer, for every member. */
@Configuration(proxyBeanMethods = false)
class SmtpUsersMenu {

    @Bean
    TenantMenuEntry smtpUsersMenuEntry() {
        return new TenantMenuEntry("SMTP users", SmtpUsersView.PATH, TenantRole.VIEWER, VaadinIcon.ENVELOPES, 10);
    }
}

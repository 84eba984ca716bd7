package com.sendclean.portal.auditpages;

import com.sendclean.portal.security.Roles;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** Platform administrators read the audit trail of every tenant and of sign-in and account administration. */
@Route(PlatformAuditView.PATH)
@PageTitle("Audit · Administration · SendClean Portal")
@RolesAllowed(Roles.PLATFORM_ADMIN)
class PlatformAuditView extends Main {

    static final String PATH = "admin/audit";

    PlatformAuditView(AuditTrailService auditTrail) {
        addClassName("page");
        setSizeFull();
        add(new H1("Audit"), new AuditPanel(auditTrail::allEvents, auditTrail::exportAll, true, "audit.csv"));
    }
}

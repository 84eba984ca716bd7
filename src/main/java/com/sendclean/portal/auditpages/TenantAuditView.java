package com.sendclean.portal.auditpages;

import com.sendclean.portal.tenant.TenantMembership;
import com.sendclean.portal.tenant.TenantPage;
import com.sendclean.portal.tenant.TenantRole;
import com.sendclean.portal.tenant.TenantService;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** A tenant's ADMINs read who changed what in their tenant, and export it. */
@Route("t/:slug/" + TenantAuditView.PATH)
@PermitAll
class TenantAuditView extends TenantPage {

    static final String PATH = "audit";

    private final AuditTrailService auditTrail;

    TenantAuditView(TenantService tenantService, AuditTrailService auditTrail) {
        super(tenantService);
        this.auditTrail = auditTrail;
    }

    @Override
    protected TenantRole requiredRole() {
        return TenantRole.ADMIN;
    }

    @Override
    protected String pageTitle() {
        return "Audit";
    }

    @Override
    protected void show(TenantMembership membership) {
        var tenantId = membership.tenantId();
        setSizeFull();
        add(new H1("Audit"), new AuditPanel(
                (filter, offset, limit) -> auditTrail.tenantEvents(tenantId, filter, offset, limit),
                (filter, out) -> auditTrail.exportTenant(tenantId, filter, out),
                false, "audit-" + membership.tenant().slug() + ".csv"));
    }
}

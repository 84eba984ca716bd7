package com.sendclean.archfixtures;

import com.sendclean.portal.tenant.TenantId;
import org.springframework.security.access.prepost.PreAuthorize;

/** Breaks "VIEWER reads, OPERATOR changes": a viewer could switch SMTP users off. */
public class SmtpUserService {

    @PreAuthorize("@tenantAccess.allows(#tenantId, 'VIEWER')")
    public int list(TenantId tenantId) {
        return 0;
    }

    @PreAuthorize("@tenantAccess.allows(#tenantId, 'VIEWER')")
    public void setEnabled(TenantId tenantId, String name, boolean enabled) {
    }
}

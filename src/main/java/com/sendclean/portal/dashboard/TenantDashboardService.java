package com.sendclean.portal.dashboard;

import com.sendclean.portal.smtpusers.SmtpUserService;
import com.sendclean.portal.smtpusers.SmtpUserSnapshot;
import com.sendclean.portal.tenant.TenantId;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** The figures of a tenant's dashboard that come from its SMTP users (the shared copy, or a new listing). */
@Service
public class TenantDashboardService {

    private final SmtpUserService smtpUsers;

    TenantDashboardService(SmtpUserService smtpUsers) {
        this.smtpUsers = smtpUsers;
    }

    /** May ask SendClean when no fresh shared copy is held: call it off the UI thread. */
    @PreAuthorize("@tenantAccess.allows(#tenantId, 'VIEWER')")
    public SmtpUserFigures figures(TenantId tenantId) {
        return SmtpUserFigures.of(smtpUsers.list(tenantId, false).query(null, SmtpUserSnapshot.SortKey.NAME, false).toList());
    }
}

package com.sendclean.portal.smtpusers;

import com.sendclean.portal.tenant.TenantId;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * A tenant's SMTP user counts for platform administrators, who have no access to the tenant's credentials: read only
 * from a shared copy its members' sessions already loaded, never by a SendClean call of their own.
 */
@Service
public class SharedSmtpUserCounts {

    private final SmtpUserDirectory directory;

    SharedSmtpUserCounts(SmtpUserDirectory directory) {
        this.directory = directory;
    }

    /** Empty while no member has the tenant's list loaded. */
    @PreAuthorize("@tenantAccess.administers(#tenantId)")
    public Optional<SmtpUserCounts> sharedCounts(TenantId tenantId) {
        return directory.current(tenantId).map(SmtpUserCounts::of);
    }
}

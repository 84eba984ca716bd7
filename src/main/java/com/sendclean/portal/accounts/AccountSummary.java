package com.sendclean.portal.accounts;

import com.sendclean.portal.tenant.TenantId;
import com.sendclean.portal.tenant.TenantRole;
import java.time.Instant;

/**
 * One row of the accounts overview. Counts are null while unknown; {@code refreshing} marks a row whose counts are
 * being loaded.
 *
 * @param problem the last SendClean error of this account (e.g. an open circuit), or null
 */
record AccountSummary(TenantId tenantId, String name, String slug, TenantRole role, CredentialsHealth credentials,
                      Integer smtpUsers, Long enabled, Long disabled, Instant lastChangeAt, String lastChangeBy,
                      String problem, boolean refreshing) {

    AccountSummary asRefreshing() {
        return new AccountSummary(tenantId, name, slug, role, credentials, smtpUsers, enabled, disabled, lastChangeAt,
                lastChangeBy, problem, true);
    }
}

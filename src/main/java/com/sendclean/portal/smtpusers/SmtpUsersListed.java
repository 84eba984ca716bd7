package com.sendclean.portal.smtpusers;

import com.sendclean.portal.sendclean.SmtpUser;
import com.sendclean.portal.tenant.TenantId;
import java.time.Instant;
import java.util.List;

/**
 * Published after each successful listSmtp of a tenant, so other features (the history's drift detection, the
 * accounts overview) learn what SendClean holds now without a call of their own. The users carry passwords: a
 * listener keeps only names, statuses and limits.
 *
 * @param startedAt when the listSmtp call began: a portal change made before it is reflected in {@code users}
 */
public record SmtpUsersListed(TenantId tenantId, List<SmtpUser> users, Instant startedAt) {

    public SmtpUsersListed {
        users = List.copyOf(users);
    }
}

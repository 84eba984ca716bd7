package com.sendclean.portal.smtpusers;

import com.sendclean.portal.cluster.ClusterEvent;
import com.sendclean.portal.tenant.TenantId;

/**
 * This instance changed (or tried to change) the tenant's SMTP users in SendClean, so copies of the tenant's list held
 * by other portal instances are stale. Names no user and carries no secret.
 */
public record SmtpUsersChanged(TenantId tenant) implements ClusterEvent {
}

package com.sendclean.portal.smtpusers;

import com.sendclean.portal.tenant.TenantId;
import java.time.Instant;

/**
 * Published when the portal attempts a change of an SMTP user, right before the call (or, for a new user whose name
 * SendClean only now told us, right after it), whatever the outcome: a later listing that shows a difference for
 * this user is then explained by the portal.
 */
public record SmtpUserAttempted(TenantId tenantId, String name, Instant at) {
}

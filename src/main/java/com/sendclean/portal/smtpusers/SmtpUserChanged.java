package com.sendclean.portal.smtpusers;

import com.sendclean.portal.cluster.ClusterEvent;
import com.sendclean.portal.tenant.TenantId;
import java.util.Objects;

/**
 * The shared copy of one SMTP user changed through the portal (an edit, a status switch, a creation or a password
 * reset). It names the row and nothing else: never a password or a value, so it travels to the other portal
 * instances through the cluster bus, right after {@link SmtpUsersChanged} has dropped their copies. Receivers read the shared copy; when their copy does not hold {@code version} yet, they read it again.
 *
 * @param version the row's version after the change: a millisecond clock that only moves forward per tenant copy
 */
public record SmtpUserChanged(TenantId tenant, String smtpUserName, long version) implements ClusterEvent {

    public SmtpUserChanged {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(smtpUserName, "smtpUserName");
    }
}

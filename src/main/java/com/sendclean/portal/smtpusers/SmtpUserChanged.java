package com.sendclean.portal.smtpusers;

import com.sendclean.portal.cluster.ClusterEvent;
import com.sendclean.portal.sendclean.SmtpUser;
import com.sendclean.portal.sendclean.SmtpUserStatus;
import com.sendclean.portal.tenant.TenantId;
import java.util.Objects;

/**
 * The shared copy of one SMTP user changed through the portal (an edit, a status switch, a creation or a password
 * reset). It travels to the other portal instances through the cluster bus. For a status switch or a limit edit it
 * carries the new status or limit, which are no secret, and each other instance applies it to its own copy in place
 * ({@code SmtpUserDirectoryCoherence}), before its screens hear of the row: so a busy tenant's changes do not make
 * every instance list all its users again for each of them. Otherwise ({@code change} null: a creation, a new
 * password) the other instances drop their copy and their screens read the row from SendClean. Never a password.
 *
 * @param version the row's version after the change: a millisecond clock that only moves forward per tenant copy
 * @param change  the changed field's new value, or null when other instances must list again
 */
public record SmtpUserChanged(TenantId tenant, String smtpUserName, long version, Change change)
        implements ClusterEvent {

    public SmtpUserChanged {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(smtpUserName, "smtpUserName");
    }

    /** A change that other instances cannot apply themselves: they list again. */
    public SmtpUserChanged(TenantId tenant, String smtpUserName, long version) {
        this(tenant, smtpUserName, version, null);
    }

    /**
     * One field's new value: a status, a total limit or an hourly limit (the others null), and who changed it.
     */
    public record Change(SmtpUserStatus status, Integer totalLimit, Integer hourlyLimit, String by) {

        static Change status(SmtpUserStatus status, String by) {
            return new Change(status, null, null, by);
        }

        static Change limit(LimitKind kind, int value, String by) {
            return kind == LimitKind.TOTAL ? new Change(null, value, null, by) : new Change(null, null, value, by);
        }

        SmtpUser applyTo(SmtpUser user) {
            SmtpUser changed = status == null ? user : user.withStatus(status);
            return changed.withLimits(totalLimit == null ? changed.totalLimit() : totalLimit,
                    hourlyLimit == null ? changed.hourlyLimit() : hourlyLimit);
        }
    }
}

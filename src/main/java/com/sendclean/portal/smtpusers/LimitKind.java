package com.sendclean.portal.smtpusers;

import com.sendclean.portal.sendclean.SmtpUser;
import com.sendclean.portal.sendclean.SmtpUserChange;

/**
 * The two sending limits of an SMTP user, each knowing how to read, replace and send itself. They are also the fields
 * of the add SMTP user form: a refused limit carries its kind.
 */
public enum LimitKind {
    TOTAL("Total limit", "total", SmtpUserSnapshot.SortKey.TOTAL_LIMIT) {
        @Override
        public int of(SmtpUser user) {
            return user.totalLimit();
        }

        @Override
        SmtpUser with(SmtpUser user, int value) {
            return user.withLimits(value, user.hourlyLimit());
        }

        @Override
        SmtpUserChange change(String name, int value) {
            return SmtpUserChange.totalLimit(name, value);
        }
    },
    HOURLY("Hourly limit", "hourly", SmtpUserSnapshot.SortKey.HOURLY_LIMIT) {
        @Override
        public int of(SmtpUser user) {
            return user.hourlyLimit();
        }

        @Override
        SmtpUser with(SmtpUser user, int value) {
            return user.withLimits(user.totalLimit(), value);
        }

        @Override
        SmtpUserChange change(String name, int value) {
            return SmtpUserChange.hourlyLimit(name, value);
        }
    };

    private final String label;
    private final String key;
    private final SmtpUserSnapshot.SortKey sortKey;

    LimitKind(String label, String key, SmtpUserSnapshot.SortKey sortKey) {
        this.label = label;
        this.key = key;
        this.sortKey = sortKey;
    }

    public String label() {
        return label;
    }

    /** The grid column's key and sort property. */
    public String key() {
        return key;
    }

    public SmtpUserSnapshot.SortKey sortKey() {
        return sortKey;
    }

    /** This limit of the user. */
    public abstract int of(SmtpUser user);

    /** The user with this limit replaced and everything else kept. */
    abstract SmtpUser with(SmtpUser user, int value);

    /** The editSmtp call that sets this limit and nothing else. */
    abstract SmtpUserChange change(String name, int value);

    /** The other limit, where Tab moves to. */
    public LimitKind next() {
        return this == TOTAL ? HOURLY : null;
    }
}

package com.sendclean.portal.smtpusers;

import com.sendclean.portal.sendclean.SmtpUser;
import java.util.Locale;

/**
 * One change applied to many SMTP users at once: switch them on or off, or set one limit.
 *
 * @param value the limit to set; null for Enable and Disable
 */
public record BulkChange(Kind kind, Integer value) {

    public enum Kind { ENABLE, DISABLE, TOTAL_LIMIT, HOURLY_LIMIT }

    public static BulkChange enable() {
        return new BulkChange(Kind.ENABLE, null);
    }

    public static BulkChange disable() {
        return new BulkChange(Kind.DISABLE, null);
    }

    public static BulkChange limit(LimitKind limit, Integer value) {
        return new BulkChange(limit == LimitKind.TOTAL ? Kind.TOTAL_LIMIT : Kind.HOURLY_LIMIT, value);
    }

    /** "Disable", "Set total limit to 5,000". */
    public String describe() {
        return switch (kind) {
            case ENABLE -> "Enable";
            case DISABLE -> "Disable";
            case TOTAL_LIMIT -> "Set total limit to " + String.format(Locale.ENGLISH, "%,d", value);
            case HOURLY_LIMIT -> "Set hourly limit to " + String.format(Locale.ENGLISH, "%,d", value);
        };
    }

    /** "Disable 3 SMTP users", "Set total limit to 5,000 for 3 SMTP users". */
    public String describeFor(String users) {
        return describe() + (kind == Kind.ENABLE || kind == Kind.DISABLE ? " " : " for ") + users;
    }

    /** Whether the user already has the target value, so no call is needed. */
    boolean reachedBy(SmtpUser user) {
        return switch (kind) {
            case ENABLE -> user.enabled();
            case DISABLE -> !user.enabled();
            case TOTAL_LIMIT -> value != null && user.totalLimit() == value;
            case HOURLY_LIMIT -> value != null && user.hourlyLimit() == value;
        };
    }
}

package com.sendclean.portal.history;

import com.sendclean.portal.sendclean.SmtpUser;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An SMTP user's row in the last-listed table: what SendClean last listed (never a password), whether a portal
 * attempt since then explains a difference, and the version that compare-and-set updates check.
 *
 * @param status ENABLED or DISABLED, or null while only a portal attempt is known
 */
record ListedState(String name, String status, Integer totalLimit, Integer hourlyLimit, Instant portalAttemptAt,
                   long version) {

    boolean known() {
        return status != null;
    }

    boolean sameAs(SmtpUser user) {
        return Objects.equals(status, user.status().name()) && Objects.equals(totalLimit, user.totalLimit())
                && Objects.equals(hourlyLimit, user.hourlyLimit());
    }

    /** "Status: ENABLED -> DISABLED; Total limit: 100 -> 200", only the fields that differ. */
    String differences(SmtpUser user) {
        List<String> parts = new ArrayList<>();
        if (!Objects.equals(status, user.status().name())) {
            parts.add("Status: " + status + " -> " + user.status().name());
        }
        if (!Objects.equals(totalLimit, user.totalLimit())) {
            parts.add("Total limit: " + totalLimit + " -> " + user.totalLimit());
        }
        if (!Objects.equals(hourlyLimit, user.hourlyLimit())) {
            parts.add("Hourly limit: " + hourlyLimit + " -> " + user.hourlyLimit());
        }
        return String.join("; ", parts);
    }

    String describe() {
        return "Status " + status + ", total limit " + totalLimit + ", hourly limit " + hourlyLimit;
    }

    static String describe(SmtpUser user) {
        return "Status " + user.status().name() + ", total limit " + user.totalLimit() + ", hourly limit "
                + user.hourlyLimit();
    }
}

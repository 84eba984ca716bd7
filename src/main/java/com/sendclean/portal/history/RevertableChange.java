package com.sendclean.portal.history;

import com.sendclean.portal.audit.AuditAction;
import com.sendclean.portal.audit.AuditEntry;
import com.sendclean.portal.audit.AuditEvent;
import com.sendclean.portal.smtpusers.LimitKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A limit or status change read back from an audit event, with the value it replaced, so that "Revert" can set that
 * value again. Reads the details the portal writes: "Total limit: 100 -> 200", "ENABLED -> DISABLED" and the
 * "Changed outside the portal" form "Status: ENABLED -> DISABLED; Hourly limit: 5 -> 9".
 *
 * @param limit the limit to set back, or null for a status change
 * @param previous the value to set back: a number, or ENABLED / DISABLED
 */
record RevertableChange(LimitKind limit, String previous) {

    private static final Pattern PART = Pattern.compile("(?:(Status|Total limit|Hourly limit): )?(\\w+) -> (\\w+)");

    String label() {
        return limit == null ? (previous.equals("ENABLED") ? "Enable again" : "Disable again")
                : limit.label() + " back to " + previous;
    }

    /** The changes an event can undo: none for failures, other actions, or an unknown previous value. */
    static List<RevertableChange> of(AuditEntry event) {
        List<RevertableChange> changes = new ArrayList<>();
        if (!AuditEvent.SUCCESS.equals(event.outcome()) || event.detail() == null) {
            return changes;
        }
        boolean status = AuditAction.SMTP_USER_STATUS_CHANGED.name().equals(event.action());
        boolean limit = AuditAction.SMTP_USER_LIMIT_CHANGED.name().equals(event.action());
        boolean outside = AuditAction.CHANGED_OUTSIDE_THE_PORTAL.name().equals(event.action());
        if (!status && !limit && !outside) {
            return changes;
        }
        for (String part : event.detail().split("; ")) {
            Matcher matcher = PART.matcher(part.strip());
            if (!matcher.matches()) {
                continue;
            }
            String field = matcher.group(1);
            String before = matcher.group(2);
            if (field == null && status || "Status".equals(field)) {
                if (before.equals("ENABLED") || before.equals("DISABLED")) {
                    changes.add(new RevertableChange(null, before));
                }
            } else if (field != null && before.matches("\\d{1,10}") && Long.parseLong(before) <= Integer.MAX_VALUE) {
                changes.add(new RevertableChange(field.equals("Total limit") ? LimitKind.TOTAL : LimitKind.HOURLY, before));
            }
        }
        return changes;
    }

    Optional<Integer> limitValue() {
        return limit == null ? Optional.empty() : Optional.of(Integer.parseInt(previous));
    }
}

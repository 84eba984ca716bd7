package com.sendclean.portal.smtpusers;

import com.sendclean.portal.sendclean.SmtpUser;
import java.util.List;
import java.util.Objects;

/** Which rows a new listing shows differently from an earlier one: new users and changed status or limits. */
public final class SnapshotDifference {

    private SnapshotDifference() {}

    public static List<String> changedNames(SmtpUserSnapshot before, SmtpUserSnapshot after) {
        if (after == null) {
            return List.of();
        }
        return after.query(null, SmtpUserSnapshot.SortKey.NAME, false)
                // row by row: the second entry of a name SendClean lists twice is compared with the second
                .filter(user -> before == null || before.row(user.rowKey()).map(old -> differs(old, user)).orElse(true))
                .map(SmtpUser::name)
                .distinct()
                .toList();
    }

    private static boolean differs(SmtpUser old, SmtpUser now) {
        return old.status() != now.status() || old.totalLimit() != now.totalLimit()
                || old.hourlyLimit() != now.hourlyLimit() || !Objects.equals(old.password(), now.password());
    }
}

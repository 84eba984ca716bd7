package com.sendclean.portal.smtpusers;

import java.time.Instant;

/** How many SMTP users a tenant has, as its shared copy says; no names, no passwords. */
public record SmtpUserCounts(int total, long enabled, long disabled, Instant listedAt) {

    static SmtpUserCounts of(SmtpUserSnapshot snapshot) {
        return new SmtpUserCounts(snapshot.size(), snapshot.enabledCount(), snapshot.disabledCount(), snapshot.fetchedAt());
    }
}

package com.sendclean.portal.dashboard;

import com.sendclean.portal.sendclean.SmtpUser;
import java.util.List;

/**
 * A tenant's SMTP users in figures for its dashboard: counts, the sums of their limits, and the users whose hourly
 * limit exceeds their total limit (they can never use their hourly limit in full).
 */
record SmtpUserFigures(int users, long enabled, long disabled, long totalLimits, long hourlyLimits,
                       List<String> hourlyAboveTotal) {

    static final int MAX_NAMES = 50;

    static SmtpUserFigures of(List<SmtpUser> all) {
        long enabled = all.stream().filter(SmtpUser::enabled).count();
        return new SmtpUserFigures(all.size(), enabled, all.size() - enabled,
                all.stream().mapToLong(SmtpUser::totalLimit).sum(), all.stream().mapToLong(SmtpUser::hourlyLimit).sum(),
                all.stream().filter(user -> user.hourlyLimit() > user.totalLimit()).map(SmtpUser::name).limit(MAX_NAMES).toList());
    }
}

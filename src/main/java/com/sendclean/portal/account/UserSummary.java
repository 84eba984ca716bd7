package com.sendclean.portal.account;

import com.sendclean.portal.security.UserAccount;
import com.sendclean.portal.security.UserId;
import java.time.Instant;

/** An account as platform administrators see it: never its password hash. */
public record UserSummary(UserId id, String username, boolean platformAdmin, boolean active,
                          boolean mustChangePassword, Instant createdAt) {

    static UserSummary of(UserAccount account) {
        return new UserSummary(account.id(), account.username(), account.platformAdmin(), account.active(),
                account.mustChangePassword(), account.createdAt());
    }
}

package com.sendclean.portal.security;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The columns of an account that decide whether its sessions are still valid and what sign-in asks of it. */
@Repository
public class AccountSecurityRepository {

    /** Whether the account is active and which session epoch is current. */
    public record SessionState(boolean active, int sessionEpoch) {}

    private final JdbcClient jdbc;
    private final SessionStateCache cache;

    AccountSecurityRepository(JdbcClient jdbc, SessionStateCache cache) {
        this.jdbc = jdbc;
        this.cache = cache;
    }

    /** Read on every request of a signed-in session: kept between requests while nothing changes it. */
    public Optional<SessionState> sessionState(UserId id) {
        return cache.get(id, this::readSessionState);
    }

    private Optional<SessionState> readSessionState(UserId id) {
        return jdbc.sql("select active, session_epoch from user_account where id = :id")
                .param("id", id.value())
                .query((rs, row) -> new SessionState(rs.getBoolean("active"), rs.getInt("session_epoch")))
                .optional();
    }

    /** Ends every session of the user that signed in before; returns the new epoch. */
    public int endSessions(UserId id) {
        int epoch = jdbc.sql("update user_account set session_epoch = session_epoch + 1 where id = :id returning session_epoch")
                .param("id", id.value())
                .query(Integer.class)
                .optional()
                .orElse(0);
        cache.changed(id); // after the write: a read in between would keep the old epoch
        return epoch;
    }

    public boolean twoFactorRequiredBySelf(UserId id) {
        return jdbc.sql("select two_factor_required from user_account where id = :id")
                .param("id", id.value())
                .query(Boolean.class)
                .optional()
                .orElse(false);
    }

    public void setTwoFactorRequiredBySelf(UserId id, boolean required) {
        jdbc.sql("update user_account set two_factor_required = :required where id = :id")
                .param("required", required)
                .param("id", id.value())
                .update();
    }
}

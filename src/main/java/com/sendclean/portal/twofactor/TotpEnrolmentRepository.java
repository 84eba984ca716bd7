package com.sendclean.portal.twofactor;

import com.sendclean.portal.security.UserId;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** TOTP authenticators and recovery codes. Secrets are stored only as {@link TotpSecretProtector} returns them. */
@Repository
public class TotpEnrolmentRepository {

    /** A stored authenticator; {@code confirmedAt} is empty while the enrolment waits for its first code. */
    public record StoredEnrolment(UserId userId, String protectedSecret, Optional<Instant> confirmedAt, long lastUsedStep) {

        boolean confirmed() {
            return confirmedAt.isPresent();
        }

        @Override
        public String toString() {
            return "StoredEnrolment[userId=" + userId + ", confirmed=" + confirmed() + "]";
        }
    }

    private final JdbcClient jdbc;

    public TotpEnrolmentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<StoredEnrolment> find(UserId user) {
        return jdbc.sql("select * from totp_enrolment where user_id = :user")
                .param("user", user.value())
                .query((rs, row) -> new StoredEnrolment(new UserId(rs.getLong("user_id")),
                        rs.getString("protected_secret"),
                        Optional.ofNullable(rs.getObject("confirmed_at", OffsetDateTime.class)).map(OffsetDateTime::toInstant),
                        rs.getLong("last_used_step")))
                .optional();
    }

    /** Locks the row so that two requests cannot use the same code at once. */
    public Optional<StoredEnrolment> findForUpdate(UserId user) {
        return jdbc.sql("select user_id from totp_enrolment where user_id = :user for update")
                .param("user", user.value())
                .query(Long.class)
                .optional()
                .flatMap(id -> find(user));
    }

    public boolean isConfirmed(UserId user) {
        return jdbc.sql("select exists(select 1 from totp_enrolment where user_id = :user and confirmed_at is not null)")
                .param("user", user.value())
                .query(Boolean.class)
                .single();
    }

    /** Starts (or restarts) an unconfirmed enrolment with a new secret. */
    public void startUnconfirmed(UserId user, String protectedSecret) {
        jdbc.sql("""
                        insert into totp_enrolment (user_id, protected_secret) values (:user, :secret)
                        on conflict (user_id) do update
                           set protected_secret = excluded.protected_secret, confirmed_at = null, last_used_step = 0,
                               created_at = now()""")
                .param("user", user.value())
                .param("secret", protectedSecret)
                .update();
    }

    public void confirm(UserId user, long step) {
        jdbc.sql("update totp_enrolment set confirmed_at = now(), last_used_step = :step where user_id = :user")
                .param("step", step)
                .param("user", user.value())
                .update();
    }

    public void markStepUsed(UserId user, long step) {
        jdbc.sql("update totp_enrolment set last_used_step = :step where user_id = :user")
                .param("step", step)
                .param("user", user.value())
                .update();
    }

    public void delete(UserId user) {
        jdbc.sql("delete from recovery_code where user_id = :user").param("user", user.value()).update();
        jdbc.sql("delete from totp_enrolment where user_id = :user").param("user", user.value()).update();
    }

    public void replaceRecoveryCodes(UserId user, List<String> codeHashes) {
        jdbc.sql("delete from recovery_code where user_id = :user").param("user", user.value()).update();
        for (String hash : codeHashes) {
            jdbc.sql("insert into recovery_code (user_id, code_hash) values (:user, :hash)")
                    .param("user", user.value())
                    .param("hash", hash)
                    .update();
        }
    }

    /** Marks an unused code as used; false when there is no such unused code. */
    public boolean useRecoveryCode(UserId user, String codeHash) {
        return jdbc.sql("""
                        update recovery_code set used_at = now()
                         where user_id = :user and code_hash = :hash and used_at is null""")
                .param("user", user.value())
                .param("hash", codeHash)
                .update() == 1;
    }

    public int unusedRecoveryCodes(UserId user) {
        return jdbc.sql("select count(*) from recovery_code where user_id = :user and used_at is null")
                .param("user", user.value())
                .query(Integer.class)
                .single();
    }
}

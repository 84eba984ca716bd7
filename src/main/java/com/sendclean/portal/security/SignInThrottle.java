package com.sendclean.portal.security;

import com.sendclean.portal.audit.AuditClientContext;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed sign-ins in PostgreSQL and pauses further attempts with a growing delay, following OWASP's advice
 * against lockout abuse: the tight limit ({@code max-failures}) is per account name and client address together, so
 * failures from elsewhere never lock the owner out; a high per-account ceiling ({@code account-max-failures}) against
 * guessing spread over many addresses only ever pauses for at most {@code max-delay}; and one address failing across
 * many names pauses that address. All times are the database's, so that several portal instances agree on them.
 */
@Component
public class SignInThrottle {

    /** PAIR is the account name and the client address together. */
    public enum Scope { ACCOUNT, ADDRESS, PAIR }

    private final JdbcClient jdbc;
    private final AuditClientContext clients;
    private final SignInSecurityProperties.Throttle settings;
    private final ThrottleDelays delays;

    SignInThrottle(JdbcClient jdbc, AuditClientContext clients, SignInSecurityProperties properties) {
        this.jdbc = jdbc;
        this.clients = clients;
        this.settings = properties.throttle();
        this.delays = new ThrottleDelays(settings.initialDelay(), settings.maxDelay());
    }

    /** Whether this account name from this address, the account name as a whole, or the address is paused now. */
    public boolean isBlocked(SignInAttempt attempt) {
        return jdbc.sql("""
                        select exists(select 1 from sign_in_throttle
                                       where ((scope = 'PAIR' and key = :pair) or (scope = 'ACCOUNT' and key = :account)
                                              or (scope = 'ADDRESS' and key = :address))
                                         and blocked_until > now())""")
                .param("pair", attempt.pairKey())
                .param("account", attempt.accountKey())
                .param("address", attempt.addressKey())
                .query(Boolean.class)
                .single();
    }

    /** {@link #isBlocked(SignInAttempt)} for the user name from the client of the current request. */
    public boolean isBlocked(String username) {
        return isBlocked(fromCurrentClient(username));
    }

    /** {@link #recordFailure(SignInAttempt)} for the user name from the client of the current request. */
    @Transactional // a call within the class skips the proxy, so this one opens the transaction the row locks need
    public void recordFailure(String username) {
        recordFailure(fromCurrentClient(username));
    }

    /** The user name as tried from the current request's client (behind a trusted proxy, its X-Forwarded-For). */
    public SignInAttempt fromCurrentClient(String username) {
        return new SignInAttempt(username, clients.current().ip());
    }

    /**
     * Counts a failure: a wrong password at sign-in, a wrong second-factor code, a wrong password in a step-up or a
     * password change. It counts against the name from this address, the name as a whole and the address.
     */
    @Transactional
    public void recordFailure(SignInAttempt attempt) {
        count(Scope.PAIR, attempt.pairKey(), settings.maxFailures());
        count(Scope.ACCOUNT, attempt.accountKey(), settings.accountMaxFailures());
        count(Scope.ADDRESS, attempt.addressKey(), settings.addressMaxFailures());
    }

    /**
     * A complete sign-in forgives the account's earlier failures, from this address and overall; the address keeps
     * its count.
     */
    public void recordSuccess(SignInAttempt attempt) {
        jdbc.sql("delete from sign_in_throttle where (scope = 'ACCOUNT' and key = :account) or (scope = 'PAIR' and key = :pair)")
                .param("account", attempt.accountKey())
                .param("pair", attempt.pairKey())
                .update();
    }

    private void count(Scope scope, String key, int limit) {
        jdbc.sql("""
                        insert into sign_in_throttle (scope, key, failures, last_failure_at)
                        values (:scope, :key, 0, now()) on conflict (scope, key) do nothing""")
                .param("scope", scope.name())
                .param("key", key)
                .update();
        // the row lock makes concurrent failures on several instances count one after the other
        Counter counter = jdbc.sql("""
                        select failures, last_failure_at, blocked_until, now() as db_now from sign_in_throttle
                         where scope = :scope and key = :key for update""")
                .param("scope", scope.name())
                .param("key", key)
                .query((rs, row) -> new Counter(rs.getInt("failures"), rs.getTimestamp("last_failure_at").toInstant(),
                        rs.getTimestamp("blocked_until") == null ? null : rs.getTimestamp("blocked_until").toInstant(),
                        rs.getTimestamp("db_now").toInstant()))
                .single();
        int failures = counter.quietSince().plus(settings.window()).isBefore(counter.now()) ? 1 : counter.failures() + 1;
        Duration delay = delays.after(failures, limit);
        jdbc.sql("""
                        update sign_in_throttle set failures = :failures, last_failure_at = :now, blocked_until = :blocked
                         where scope = :scope and key = :key""")
                .param("failures", failures)
                .param("now", Timestamp.from(counter.now()))
                .param("blocked", delay.isZero() ? null : Timestamp.from(counter.now().plus(delay)))
                .param("scope", scope.name())
                .param("key", key)
                .update();
    }

    /** Forgets counters that can no longer block anyone. */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
    public void forgetOldFailures() {
        Duration keep = settings.window().plus(settings.maxDelay());
        jdbc.sql("""
                        delete from sign_in_throttle
                         where last_failure_at < now() - make_interval(secs => :seconds)
                           and (blocked_until is null or blocked_until < now())""")
                .param("seconds", keep.toSeconds())
                .update();
    }

    private record Counter(int failures, Instant lastFailureAt, Instant blockedUntil, Instant now) {

        /** The count starts again after a quiet window, measured from the last failure or the end of the pause. */
        Instant quietSince() {
            return blockedUntil != null && blockedUntil.isAfter(lastFailureAt) ? blockedUntil : lastFailureAt;
        }
    }
}

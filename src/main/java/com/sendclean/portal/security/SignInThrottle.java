package com.sendclean.portal.security;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed sign-ins per account name and per client address in PostgreSQL and pauses further attempts with a
 * growing delay. All times are the database's, so that several portal instances agree on them.
 */
@Component
public class SignInThrottle {

    public enum Scope { ACCOUNT, ADDRESS }

    private final JdbcClient jdbc;
    private final SignInSecurityProperties.Throttle settings;
    private final ThrottleDelays delays;

    public SignInThrottle(JdbcClient jdbc, SignInSecurityProperties properties) {
        this.jdbc = jdbc;
        this.settings = properties.throttle();
        this.delays = new ThrottleDelays(settings.initialDelay(), settings.maxDelay());
    }

    /** Whether the account name or the address is paused right now. */
    public boolean isBlocked(SignInAttempt attempt) {
        return jdbc.sql("""
                        select exists(select 1 from sign_in_throttle
                                       where ((scope = 'ACCOUNT' and key = :account) or (scope = 'ADDRESS' and key = :address))
                                         and blocked_until > now())""")
                .param("account", attempt.accountKey())
                .param("address", attempt.addressKey())
                .query(Boolean.class)
                .single();
    }

    public boolean isAccountBlocked(String username) {
        return jdbc.sql("""
                        select exists(select 1 from sign_in_throttle
                                       where scope = 'ACCOUNT' and key = :account and blocked_until > now())""")
                .param("account", new SignInAttempt(username, null).accountKey())
                .query(Boolean.class)
                .single();
    }

    /** Counts a failure against the account name and the address. */
    @Transactional
    public void recordFailure(SignInAttempt attempt) {
        count(Scope.ACCOUNT, attempt.accountKey(), settings.maxFailures());
        count(Scope.ADDRESS, attempt.addressKey(), settings.addressMaxFailures());
    }

    /** Counts a failure against the account name only, e.g. a wrong second-factor code or step-up password. */
    @Transactional
    public void recordAccountFailure(String username) {
        count(Scope.ACCOUNT, new SignInAttempt(username, null).accountKey(), settings.maxFailures());
    }

    /** A complete sign-in forgives the account's earlier failures; the address keeps its count. */
    public void recordSuccess(String username) {
        jdbc.sql("delete from sign_in_throttle where scope = 'ACCOUNT' and key = :key")
                .param("key", new SignInAttempt(username, null).accountKey())
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

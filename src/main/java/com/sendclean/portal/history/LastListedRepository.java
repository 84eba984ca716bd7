package com.sendclean.portal.history;

import java.sql.ResultSet;
import java.sql.SQLException;
import com.sendclean.portal.sendclean.SmtpUser;
import com.sendclean.portal.tenant.TenantId;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The last-listed table. Every change is a compare-and-set: it names the version it read and reports whether it won,
 * so only the winner records an audit event.
 */
@Repository
class LastListedRepository {

    private final JdbcClient jdbc;

    LastListedRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * When the tenant's stored credentials were last saved, or empty without credentials. Read from the credentials
     * table directly: the history needs only this time, and the credentials module offers it only to members.
     */
    Optional<Instant> credentialsSavedAt(TenantId tenant) {
        return jdbc.sql("select updated_at from sendclean_credentials where tenant_id = :tenant")
                .param("tenant", tenant.value()).query(Timestamp.class).optional().map(Timestamp::toInstant);
    }

    /** The credentials' save time the tenant's baseline was taken with, if there is a baseline. */
    Optional<Instant> baselineOf(TenantId tenant) {
        return jdbc.sql("select credentials_saved_at from smtp_user_listing where tenant_id = :tenant")
                .param("tenant", tenant.value()).query(Timestamp.class).optional().map(Timestamp::toInstant);
    }

    /**
     * Starts a new baseline for these credentials unless another session already did: true for the one that wins.
     */
    boolean claimBaseline(TenantId tenant, Instant credentialsSavedAt, Instant listedAt) {
        return jdbc.sql("""
                        insert into smtp_user_listing (tenant_id, credentials_saved_at, listed_at)
                        values (:tenant, :saved, :listed)
                        on conflict (tenant_id) do update set credentials_saved_at = excluded.credentials_saved_at,
                                                             listed_at = excluded.listed_at
                         where smtp_user_listing.credentials_saved_at <> excluded.credentials_saved_at""")
                .param("tenant", tenant.value()).param("saved", Timestamp.from(credentialsSavedAt))
                .param("listed", Timestamp.from(listedAt)).update() == 1;
    }

    /** Records that a listing begun at {@code listedAt} is compared now; false when a newer one already was. */
    boolean advanceListing(TenantId tenant, Instant listedAt) {
        return jdbc.sql("update smtp_user_listing set listed_at = :listed where tenant_id = :tenant and listed_at <= :listed")
                .param("tenant", tenant.value()).param("listed", Timestamp.from(listedAt)).update() == 1;
    }

    /** The new baseline in one statement, so that a tenant of 10,000 users does not hold up its listing. */
    void replaceAll(TenantId tenant, List<SmtpUser> users) {
        jdbc.sql("delete from smtp_user_last_listed where tenant_id = :tenant").param("tenant", tenant.value()).update();
        jdbc.sql("""
                        insert into smtp_user_last_listed (tenant_id, name, status, total_limit, hourly_limit)
                        select :tenant, u.name, u.status, u.total, u.hourly
                          from unnest(cast(:names as varchar[]), cast(:statuses as varchar[]), cast(:totals as integer[]),
                                      cast(:hourlies as integer[])) as u(name, status, total, hourly)
                        on conflict do nothing""")
                .param("tenant", tenant.value())
                .param("names", users.stream().map(SmtpUser::name).toArray(String[]::new))
                .param("statuses", users.stream().map(user -> user.status().name()).toArray(String[]::new))
                .param("totals", users.stream().map(SmtpUser::totalLimit).toArray(Integer[]::new))
                .param("hourlies", users.stream().map(SmtpUser::hourlyLimit).toArray(Integer[]::new))
                .update();
    }

    Map<String, ListedState> findAll(TenantId tenant) {
        return jdbc.sql("select * from smtp_user_last_listed where tenant_id = :tenant")
                .param("tenant", tenant.value()).query(LastListedRepository::map).list().stream()
                .collect(Collectors.toMap(ListedState::name, Function.identity()));
    }

    Optional<ListedState> find(TenantId tenant, String name) {
        return jdbc.sql("select * from smtp_user_last_listed where tenant_id = :tenant and name = :name")
                .param("tenant", tenant.value()).param("name", name).query(LastListedRepository::map).optional();
    }

    /** Adds a user no row knows yet; false when another session added it first. */
    boolean insertIfAbsent(TenantId tenant, SmtpUser user) {
        return jdbc.sql("""
                        insert into smtp_user_last_listed (tenant_id, name, status, total_limit, hourly_limit)
                        values (:tenant, :name, :status, :total, :hourly) on conflict do nothing""")
                .param("tenant", tenant.value()).param("name", user.name()).param("status", user.status().name())
                .param("total", user.totalLimit()).param("hourly", user.hourlyLimit()).update() == 1;
    }

    /**
     * Stores the listed state if the row still has the version read. A portal attempt before the listing began is
     * used up; a later one stays to explain the next difference.
     */
    boolean compareAndSet(TenantId tenant, ListedState read, SmtpUser user, Instant listingStarted, boolean outside) {
        return jdbc.sql("""
                        update smtp_user_last_listed
                           set status = :status, total_limit = :total, hourly_limit = :hourly, version = version + 1,
                               portal_attempt_at = case when portal_attempt_at < :started then null
                                                        else portal_attempt_at end,
                               changed_outside_at = case when :outside then now() else changed_outside_at end
                         where tenant_id = :tenant and name = :name and version = :version""")
                .param("tenant", tenant.value()).param("name", user.name()).param("status", user.status().name())
                .param("total", user.totalLimit()).param("hourly", user.hourlyLimit())
                .param("started", Timestamp.from(listingStarted)).param("outside", outside)
                .param("version", read.version()).update() == 1;
    }

    /** Forgets a user SendClean no longer lists, if the row still has the version read. */
    boolean deleteIfUnchanged(TenantId tenant, ListedState read) {
        return jdbc.sql("delete from smtp_user_last_listed where tenant_id = :tenant and name = :name and version = :version")
                .param("tenant", tenant.value()).param("name", read.name()).param("version", read.version())
                .update() == 1;
    }

    /**
     * Notes a portal attempt on the user, creating the row for a user no listing has shown yet. Someone acting on the
     * user in the portal has seen it, so its "Changed outside the portal" mark goes.
     */
    void markAttempt(TenantId tenant, String name, Instant at) {
        jdbc.sql("""
                        insert into smtp_user_last_listed (tenant_id, name, portal_attempt_at) values (:tenant, :name, :at)
                        on conflict (tenant_id, name) do update set portal_attempt_at = excluded.portal_attempt_at,
                                                                    changed_outside_at = null,
                                                                    version = smtp_user_last_listed.version + 1""")
                .param("tenant", tenant.value()).param("name", name).param("at", Timestamp.from(at)).update();
    }

    /** The tenant's users whose last change found by a re-list was made outside the portal, newest first. */
    List<OutsideChange> changedOutside(TenantId tenant, int limit) {
        return jdbc.sql("""
                        select name, changed_outside_at from smtp_user_last_listed
                         where tenant_id = :tenant and changed_outside_at is not null
                         order by changed_outside_at desc limit :limit""")
                .param("tenant", tenant.value()).param("limit", limit)
                .query((rs, row) -> new OutsideChange(rs.getString("name"), rs.getTimestamp("changed_outside_at").toInstant()))
                .list();
    }

    private static ListedState map(ResultSet rs, int row) throws SQLException {
        Timestamp attempt = rs.getTimestamp("portal_attempt_at");
        return new ListedState(rs.getString("name"), rs.getString("status"), (Integer) rs.getObject("total_limit"),
                (Integer) rs.getObject("hourly_limit"), attempt == null ? null : attempt.toInstant(),
                rs.getLong("version"));
    }
}

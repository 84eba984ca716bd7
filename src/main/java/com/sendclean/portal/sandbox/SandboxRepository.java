package com.sendclean.portal.sandbox;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Persistence of sandbox accounts and their SMTP users. */
@Repository
@ConditionalOnSandboxEnabled
class SandboxRepository {

    private final JdbcClient jdbc;

    SandboxRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<SandboxAccount> findAccount(String ownerId) {
        return jdbc.sql("select owner_id, token, latency_millis, fault from sandbox_account where owner_id = :ownerId")
                .param("ownerId", ownerId)
                .query(SandboxRepository::mapAccount)
                .optional();
    }

    /** Creates the account or, when it exists, gives it this token; its SMTP users and fault switches stay. */
    void upsertAccount(String ownerId, String token) {
        jdbc.sql("""
                        insert into sandbox_account (owner_id, token) values (:ownerId, :token)
                        on conflict (owner_id) do update set token = excluded.token""")
                .param("ownerId", ownerId)
                .param("token", token)
                .update();
    }

    boolean setFaults(String ownerId, SandboxFaults faults) {
        return jdbc.sql("update sandbox_account set latency_millis = :latency, fault = :fault where owner_id = :ownerId")
                .param("latency", faults.latencyMillis())
                .param("fault", faults.fault() == SandboxFaults.Fault.NONE ? null : faults.fault().name())
                .param("ownerId", ownerId)
                .update() == 1;
    }

    List<SandboxSmtpUser> listUsers(String ownerId) {
        return jdbc.sql("select * from sandbox_smtp_user where owner_id = :ownerId order by smtp_user_name")
                .param("ownerId", ownerId)
                .query(SandboxRepository::mapUser)
                .list();
    }

    Optional<SandboxSmtpUser> findUser(String ownerId, String smtpUserName) {
        return jdbc.sql("select * from sandbox_smtp_user where owner_id = :ownerId and smtp_user_name = :name")
                .param("ownerId", ownerId)
                .param("name", smtpUserName)
                .query(SandboxRepository::mapUser)
                .optional();
    }

    int countUsers(String ownerId) {
        return jdbc.sql("select count(*) from sandbox_smtp_user where owner_id = :ownerId")
                .param("ownerId", ownerId)
                .query(Integer.class)
                .single();
    }

    Set<String> userNames(String ownerId) {
        return new HashSet<>(jdbc.sql("select smtp_user_name from sandbox_smtp_user where owner_id = :ownerId")
                .param("ownerId", ownerId)
                .query(String.class)
                .list());
    }

    /** Inserts the user unless its name is taken, which two concurrent calls may race for; true when inserted. */
    boolean insertUser(SandboxSmtpUser user) {
        return jdbc.sql("""
                        insert into sandbox_smtp_user (owner_id, smtp_user_name, password, status, total_limit, hourly_limit)
                        values (:ownerId, :name, :password, :status, :total, :hourly)
                        on conflict do nothing""")
                .param("ownerId", user.ownerId())
                .param("name", user.smtpUserName())
                .param("password", user.password())
                .param("status", user.status().wireValue())
                .param("total", user.totalLimit())
                .param("hourly", user.hourlyLimit())
                .update() == 1;
    }

    /**
     * Inserts one user per name in a single statement, with limits and statuses varied by position, and skips names
     * taken meanwhile. Names and passwords are alphanumeric, so they travel as comma-separated text rather than as
     * JDBC arrays.
     *
     * @return how many were inserted
     */
    int insertSeededUsers(String ownerId, List<String> names, List<String> passwords) {
        return jdbc.sql("""
                        insert into sandbox_smtp_user (owner_id, smtp_user_name, password, status, total_limit, hourly_limit)
                        select :ownerId, u.name, u.password,
                               case when u.n % 5 = 0 then 'Disable' else 'Enable' end,
                               (array[100, 500, 1000, 2500, 5000, 10000, 50000])[1 + u.n % 7],
                               greatest(1, (array[100, 500, 1000, 2500, 5000, 10000, 50000])[1 + u.n % 7]
                                           / (array[1, 2, 4, 10])[1 + u.n % 4])
                        from unnest(string_to_array(:names, ','), string_to_array(:passwords, ','))
                             with ordinality as u(name, password, n)
                        on conflict do nothing""")
                .param("ownerId", ownerId)
                .param("names", String.join(",", names))
                .param("passwords", String.join(",", passwords))
                .update();
    }

    /** Changes only the values given (null keeps the stored one); true when the user exists. */
    boolean updateUser(String ownerId, String smtpUserName, Integer totalLimit, Integer hourlyLimit,
            SandboxSmtpStatus status) {
        return jdbc.sql("""
                        update sandbox_smtp_user
                        set total_limit = coalesce(cast(:total as integer), total_limit),
                            hourly_limit = coalesce(cast(:hourly as integer), hourly_limit),
                            status = coalesce(cast(:status as varchar), status)
                        where owner_id = :ownerId and smtp_user_name = :name""")
                .param("total", totalLimit)
                .param("hourly", hourlyLimit)
                .param("status", status == null ? null : status.wireValue())
                .param("ownerId", ownerId)
                .param("name", smtpUserName)
                .update() == 1;
    }

    boolean updatePassword(String ownerId, String smtpUserName, String password) {
        return jdbc.sql("update sandbox_smtp_user set password = :password where owner_id = :ownerId and smtp_user_name = :name")
                .param("password", password)
                .param("ownerId", ownerId)
                .param("name", smtpUserName)
                .update() == 1;
    }

    private static SandboxAccount mapAccount(ResultSet rs, int row) throws SQLException {
        String fault = rs.getString("fault");
        return new SandboxAccount(rs.getString("owner_id"), rs.getString("token"), new SandboxFaults(
                rs.getInt("latency_millis"), fault == null ? SandboxFaults.Fault.NONE : SandboxFaults.Fault.valueOf(fault)));
    }

    private static SandboxSmtpUser mapUser(ResultSet rs, int row) throws SQLException {
        return new SandboxSmtpUser(rs.getString("owner_id"), rs.getString("smtp_user_name"), rs.getString("password"),
                SandboxSmtpStatus.fromWire(rs.getString("status")).orElseThrow(), rs.getInt("total_limit"),
                rs.getInt("hourly_limit"));
    }
}

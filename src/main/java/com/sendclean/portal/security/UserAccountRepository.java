package com.sendclean.portal.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Persistence of {@link UserAccount}s. */
@Repository
public class UserAccountRepository {

    private static final RowMapper<UserAccount> ROW = UserAccountRepository::map;

    private final JdbcClient jdbc;
    private final SessionStateCache sessionStates;

    UserAccountRepository(JdbcClient jdbc, SessionStateCache sessionStates) {
        this.jdbc = jdbc;
        this.sessionStates = sessionStates;
    }

    public Optional<UserAccount> findByUsername(String username) {
        return jdbc.sql("select * from user_account where lower(username) = lower(:username)")
                .param("username", username)
                .query(ROW)
                .optional();
    }

    public Optional<UserAccount> findById(UserId id) {
        return jdbc.sql("select * from user_account where id = :id").param("id", id.value()).query(ROW).optional();
    }

    public List<UserAccount> findAll() {
        return jdbc.sql("select * from user_account order by lower(username)").query(ROW).list();
    }

    public boolean existsAny() {
        return jdbc.sql("select exists(select 1 from user_account)").query(Boolean.class).single();
    }

    public boolean existsByUsername(String username) {
        return jdbc.sql("select exists(select 1 from user_account where lower(username) = lower(:username))")
                .param("username", username)
                .query(Boolean.class)
                .single();
    }

    public UserId insert(String username, String passwordHash, boolean platformAdmin, boolean mustChangePassword) {
        long id = jdbc.sql("""
                        insert into user_account (username, password_hash, platform_admin, must_change_password)
                        values (:username, :hash, :admin, :mustChange)
                        returning id""")
                .param("username", username)
                .param("hash", passwordHash)
                .param("admin", platformAdmin)
                .param("mustChange", mustChangePassword)
                .query(Long.class)
                .single();
        return new UserId(id);
    }

    public void updatePassword(UserId id, String passwordHash, boolean mustChangePassword) {
        jdbc.sql("""
                        update user_account
                           set password_hash = :hash, must_change_password = :mustChange, password_changed_at = now()
                         where id = :id""")
                .param("hash", passwordHash)
                .param("mustChange", mustChangePassword)
                .param("id", id.value())
                .update();
    }

    public void updateActive(UserId id, boolean active) {
        jdbc.sql("update user_account set active = :active where id = :id")
                .param("active", active)
                .param("id", id.value())
                .update();
        sessionStates.changed(id); // after the write: a read in between would keep the old state
    }

    private static UserAccount map(ResultSet rs, int row) throws SQLException {
        return new UserAccount(
                new UserId(rs.getLong("id")),
                rs.getString("username"),
                rs.getString("password_hash"),
                rs.getBoolean("platform_admin"),
                rs.getBoolean("active"),
                rs.getBoolean("must_change_password"),
                rs.getObject("password_changed_at", OffsetDateTime.class).toInstant(),
                rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }

}

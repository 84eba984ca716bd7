package com.sendclean.portal.cluster;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.function.Supplier;
import java.util.zip.CRC32;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Cluster-wide locks on PostgreSQL advisory locks, so that work meant to happen once (the bootstrap administrator,
 * demo data, audit retention, re-encryption) never runs twice or interleaved when several instances start or tick
 * together. A lock is named; its key also carries the schema, so portals in different schemas of one database do not
 * wait for each other. A lock dies with its session, so a crashed instance never leaves one behind.
 */
@Component
public class ClusterLock {

    /** The first half of every key the portal takes: keeps its locks apart from other software's on the database. */
    private static final int PORTAL_LOCK_SPACE = 0x5C1EA;

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;
    private final ClusterChannel channel;

    ClusterLock(DataSource dataSource, JdbcTemplate jdbc, ClusterChannel channel) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.channel = channel;
    }

    /**
     * Waits for the lock and holds it until the caller's transaction ends; for work done in one transaction.
     *
     * @throws IllegalStateException outside a transaction, where the lock would end with the statement
     */
    public void holdForTransaction(String name) {
        requireTransaction(name);
        jdbc.queryForList("select pg_advisory_xact_lock(?, ?)", PORTAL_LOCK_SPACE, key(name));
    }

    /** Takes the lock for the caller's transaction if nobody holds it; false when another instance is at it. */
    public boolean tryHoldForTransaction(String name) {
        requireTransaction(name);
        return Boolean.TRUE.equals(jdbc.queryForObject("select pg_try_advisory_xact_lock(?, ?)", Boolean.class,
                PORTAL_LOCK_SPACE, key(name)));
    }

    /**
     * Runs work that spans several transactions while holding the lock, waiting for it first. The lock lives on a
     * connection of its own, held only for this.
     */
    public <T> T exclusively(String name, Supplier<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            call(connection, "select pg_advisory_lock(?, ?)", name);
            try {
                return work.get();
            } finally {
                call(connection, "select pg_advisory_unlock(?, ?)", name);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot take the cluster lock '" + name + "'", e);
        }
    }

    public void exclusively(String name, Runnable work) {
        exclusively(name, () -> {
            work.run();
            return null;
        });
    }

    private void call(Connection connection, String sql, String name) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setInt(1, PORTAL_LOCK_SPACE);
            statement.setInt(2, key(name));
            try (ResultSet ignored = statement.executeQuery()) {
                // the answer is void (lock) or true (unlock of a lock this session holds)
            }
        }
    }

    private int key(String name) {
        var crc = new CRC32();
        crc.update((channel.schema() + ":" + name).getBytes(StandardCharsets.UTF_8));
        return (int) crc.getValue();
    }

    private static void requireTransaction(String name) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("The cluster lock '" + name + "' needs a transaction to live in");
        }
    }
}

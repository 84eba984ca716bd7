package com.sendclean.portal.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code audit_event} table. Only inserts and reads; the database refuses updates and deletes (see V0005),
 * except the retention job's delete.
 */
@Repository
class AuditRepository {

    static final int EXPORT_FETCH_SIZE = 1000;

    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;

    AuditRepository(JdbcClient jdbc, JdbcTemplate jdbcTemplate) {
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
    }

    void insert(Instant time, Actor actor, ClientInfo client, AuditEvent event) {
        jdbc.sql("""
                insert into audit_event (occurred_at, actor_id, actor_name, tenant_id, action, target, outcome, detail,
                                         client_ip, user_agent)
                values (:time, :actorId, :actorName, :tenantId, :action, :target, :outcome, :detail, :ip, :agent)
                """)
                .param("time", Timestamp.from(time))
                .param("actorId", actor.userId())
                .param("actorName", cut(actor.username(), 200))
                .param("tenantId", event.tenantId())
                .param("action", event.action().name())
                .param("target", cut(event.target(), 300))
                .param("outcome", cut(event.outcome(), 64))
                .param("detail", cut(event.detail(), 1000))
                .param("ip", cut(client.ip(), 64))
                .param("agent", cut(client.userAgent(), 500))
                .update();
    }

    /** One page, newest first; paged in SQL on the (time, id) indexes. */
    public List<AuditEntry> find(AuditFilter filter, int offset, int limit) {
        var params = new MapSqlParameterSource();
        String sql = pageQuery(filter, offset, limit, params);
        return jdbc.sql(sql).paramSource(params).query(AuditRepository::entry).list();
    }

    /** The SQL of {@link #find}, with its parameters put into {@code params} (tests check its plan). */
    static String pageQuery(AuditFilter filter, int offset, int limit, MapSqlParameterSource params) {
        params.addValue("offset", offset).addValue("limit", limit);
        return select(filter, params) + " order by e.occurred_at desc, e.id desc offset :offset limit :limit";
    }

    /**
     * Hands every matching event, newest first, to {@code sink} as the database cursor delivers them. Must run in a
     * transaction, or PostgreSQL's driver reads the whole result into memory.
     */
    public void forEach(AuditFilter filter, Consumer<AuditEntry> sink) {
        var params = new MapSqlParameterSource();
        String sql = select(filter, params) + " order by e.occurred_at desc, e.id desc";
        var template = new JdbcTemplate(jdbcTemplate.getDataSource());
        template.setFetchSize(EXPORT_FETCH_SIZE);
        new NamedParameterJdbcTemplate(template).query(sql, params,
                (ResultSet rs) -> {
                    sink.accept(entry(rs, 0));
                });
    }

    /** Deletes events older than {@code cutoff}, as the retention job; the trigger lets only this through. */
    int deleteOlderThan(Instant cutoff) {
        jdbc.sql("select set_config('portal.audit_retention', 'on', true)").query().singleValue();
        return jdbc.sql("delete from audit_event where occurred_at < :cutoff")
                .param("cutoff", Timestamp.from(cutoff)).update();
    }

    private static String select(AuditFilter filter, MapSqlParameterSource params) {
        var where = new ArrayList<String>();
        if (filter.tenantId() != null) {
            where.add("e.tenant_id = :tenantId");
            params.addValue("tenantId", filter.tenantId());
        }
        if (filter.from() != null) {
            where.add("e.occurred_at >= :from");
            params.addValue("from", Timestamp.from(filter.from()));
        }
        if (filter.to() != null) {
            where.add("e.occurred_at < :to");
            params.addValue("to", Timestamp.from(filter.to()));
        }
        if (filter.action() != null) {
            where.add("e.action = :action");
            params.addValue("action", filter.action().name());
        }
        if (filter.actor() != null && !filter.actor().isBlank()) {
            where.add("lower(e.actor_name) like :actor");
            params.addValue("actor", prefix(filter.actor()));
        }
        if (filter.target() != null && !filter.target().isBlank()) {
            where.add("lower(e.target) like :target");
            params.addValue("target", prefix(filter.target()));
        }
        return """
                select e.id, e.occurred_at, e.actor_id, e.actor_name, e.tenant_id, t.slug as tenant_slug, e.action,
                       e.target, e.outcome, e.detail, e.client_ip, e.user_agent
                from audit_event e left join tenant t on t.id = e.tenant_id
                """ + (where.isEmpty() ? "" : " where " + String.join(" and ", where));
    }

    private static String prefix(String text) {
        return text.strip().toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    private static AuditEntry entry(ResultSet rs, int row) throws SQLException {
        return new AuditEntry(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(),
                rs.getObject("actor_id", Long.class), rs.getString("actor_name"),
                rs.getObject("tenant_id", Long.class), rs.getString("tenant_slug"), rs.getString("action"),
                rs.getString("target"), rs.getString("outcome"), rs.getString("detail"), rs.getString("client_ip"),
                rs.getString("user_agent"));
    }

    private static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}

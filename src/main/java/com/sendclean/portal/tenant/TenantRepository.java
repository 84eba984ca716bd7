package com.sendclean.portal.tenant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Persistence of tenants. */
@Repository
class TenantRepository {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    TenantRepository(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    Optional<Tenant> findById(TenantId id) {
        return jdbc.sql("select * from tenant where id = :id").param("id", id.value()).query(TenantRepository::map).optional();
    }

    Optional<Tenant> findBySlug(String slug) {
        return jdbc.sql("select * from tenant where slug = :slug").param("slug", slug).query(TenantRepository::map).optional();
    }

    List<Tenant> findAll() {
        return jdbc.sql("select * from tenant order by lower(name), slug").query(TenantRepository::map).list();
    }

    boolean existsBySlug(String slug) {
        return jdbc.sql("select exists(select 1 from tenant where slug = :slug)").param("slug", slug)
                .query(Boolean.class).single();
    }

    TenantId insert(String name, String slug) {
        return new TenantId(jdbc.sql("insert into tenant (name, slug) values (:name, :slug) returning id")
                .param("name", name)
                .param("slug", slug)
                .query(Long.class)
                .single());
    }

    void rename(TenantId id, String name) {
        jdbc.sql("update tenant set name = :name where id = :id").param("name", name).param("id", id.value()).update();
    }

    void setActive(TenantId id, boolean active) {
        jdbc.sql("update tenant set active = :active where id = :id").param("active", active).param("id", id.value()).update();
        // after the write, never before: every instance drops the membership checks it keeps (TenantAccess)
        events.publishEvent(new TenantAccessChanged(id));
    }

    static Tenant map(ResultSet rs, int row) throws SQLException {
        return new Tenant(new TenantId(rs.getLong("id")), rs.getString("name"), rs.getString("slug"),
                rs.getBoolean("active"), rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }
}

package com.sendclean.portal.tenant;

import com.sendclean.portal.security.UserId;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Persistence of memberships: who may do what in which tenant. */
@Repository
class MembershipRepository {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    MembershipRepository(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    Optional<TenantRole> findRole(TenantId tenant, UserId user) {
        return jdbc.sql("select role from membership where tenant_id = :tenant and user_id = :user")
                .param("tenant", tenant.value())
                .param("user", user.value())
                .query(String.class)
                .optional()
                .map(TenantRole::valueOf);
    }

    /** The user's role in the tenant if the tenant is active: the membership check in one round trip. */
    Optional<TenantRole> findRoleInActiveTenant(TenantId tenant, UserId user) {
        return jdbc.sql("""
                        select m.role from membership m join tenant t on t.id = m.tenant_id
                        where m.tenant_id = :tenant and m.user_id = :user and t.active
                        """)
                .param("tenant", tenant.value())
                .param("user", user.value())
                .query(String.class)
                .optional()
                .map(TenantRole::valueOf);
    }

    /** The user's memberships in active tenants, by tenant name. */
    List<TenantMembership> findActiveByUser(UserId user) {
        return jdbc.sql("""
                        select t.*, m.role from membership m join tenant t on t.id = m.tenant_id
                         where m.user_id = :user and t.active
                         order by lower(t.name), t.slug""")
                .param("user", user.value())
                .query((rs, row) -> new TenantMembership(TenantRepository.map(rs, row), TenantRole.valueOf(rs.getString("role"))))
                .list();
    }

    /** Every membership of the user, active tenants or not, for platform administration. */
    List<TenantMembership> findAllByUser(UserId user) {
        return jdbc.sql("""
                        select t.*, m.role from membership m join tenant t on t.id = m.tenant_id
                         where m.user_id = :user order by lower(t.name), t.slug""")
                .param("user", user.value())
                .query((rs, row) -> new TenantMembership(TenantRepository.map(rs, row), TenantRole.valueOf(rs.getString("role"))))
                .list();
    }

    List<Member> findMembers(TenantId tenant) {
        return jdbc.sql("""
                        select u.id, u.username, u.active, m.role from membership m join user_account u on u.id = m.user_id
                         where m.tenant_id = :tenant order by lower(u.username)""")
                .param("tenant", tenant.value())
                .query((rs, row) -> new Member(new UserId(rs.getLong("id")), rs.getString("username"),
                        rs.getBoolean("active"), TenantRole.valueOf(rs.getString("role"))))
                .list();
    }

    int countAdmins(TenantId tenant) {
        return jdbc.sql("select count(*) from membership where tenant_id = :tenant and role = 'ADMIN'")
                .param("tenant", tenant.value())
                .query(Integer.class)
                .single();
    }

    void upsert(TenantId tenant, UserId user, TenantRole role) {
        jdbc.sql("""
                        insert into membership (tenant_id, user_id, role) values (:tenant, :user, :role)
                        on conflict (tenant_id, user_id) do update set role = excluded.role""")
                .param("tenant", tenant.value())
                .param("user", user.value())
                .param("role", role.name())
                .update();
        // after the write, never before: every instance drops the membership checks it keeps (TenantAccess)
        events.publishEvent(new TenantAccessChanged(tenant));
    }

    boolean delete(TenantId tenant, UserId user) {
        boolean deleted = jdbc.sql("delete from membership where tenant_id = :tenant and user_id = :user")
                .param("tenant", tenant.value())
                .param("user", user.value())
                .update() > 0;
        events.publishEvent(new TenantAccessChanged(tenant));
        return deleted;
    }

    /** Locks the tenant's membership rows so that two concurrent changes cannot both remove the last admin. */
    void lockMemberships(TenantId tenant) {
        jdbc.sql("select 1 from tenant where id = :tenant for update").param("tenant", tenant.value()).query(Integer.class).list();
    }

    Optional<TenantId> findLastTenant(UserId user) {
        return jdbc.sql("select tenant_id from last_used_tenant where user_id = :user")
                .param("user", user.value())
                .query(Long.class)
                .optional()
                .map(TenantId::new);
    }

    void rememberLastTenant(UserId user, TenantId tenant) {
        jdbc.sql("""
                        insert into last_used_tenant (user_id, tenant_id) values (:user, :tenant)
                        on conflict (user_id) do update set tenant_id = excluded.tenant_id
                        where last_used_tenant.tenant_id <> excluded.tenant_id""")
                .param("tenant", tenant.value())
                .param("user", user.value())
                .update();
    }
}

package com.sendclean.portal.bench;

import com.sendclean.portal.sandbox.SandboxAccounts;
import com.sendclean.portal.smtpusers.SandboxTenants;
import com.sendclean.portal.support.TestTenants;
import com.sendclean.portal.tenant.TenantRole;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Fills the benchmark's database through the portal's own services (tenants, members, encrypted credentials and
 * the sandbox's SMTP users, as {@link SandboxTenants} connects them), and the audit trail in bulk SQL, since a million events through the services would take
 * longer than the benchmark itself.
 */
final class BenchFixtures {

    /** A tenant whose credentials point at a sandbox account of {@code users} SMTP users. */
    record SandboxTenant(TestTenants.CreatedTenant tenant, String adminUsername, String ownerId, String token,
            List<String> userNames) {

        String slug() {
            return tenant.slug();
        }

        String firstName() {
            return userNames.getFirst();
        }

        String lastName() {
            return userNames.getLast();
        }
    }

    static final String NEWEST_AUDIT_DETAIL = "newest benchmark event";

    private final TestTenants tenants;
    private final SandboxTenants sandboxTenants;
    private final SandboxAccounts sandbox;
    private final JdbcClient jdbc;

    BenchFixtures(TestTenants tenants, SandboxTenants sandboxTenants, SandboxAccounts sandbox, JdbcClient jdbc) {
        this.tenants = tenants;
        this.sandboxTenants = sandboxTenants;
        this.sandbox = sandbox;
        this.jdbc = jdbc;
    }

    SandboxTenant sandboxTenant(String name, int users) {
        var connected = sandboxTenants.create(name, users);
        List<String> names = sandbox.listUsers(connected.ownerId()).stream().map(user -> user.smtpUserName())
                .sorted(String.CASE_INSENSITIVE_ORDER).toList();
        return new SandboxTenant(connected.tenant(), connected.admin().username(), connected.ownerId(),
                connected.token(), names);
    }

    /** Operators of the tenant, each ready to sign in with {@link TestTenants#PASSWORD}. */
    List<String> operators(SandboxTenant tenant, int count) {
        List<String> usernames = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            usernames.add(tenants.readyMember(tenant.tenant(), "operator", TenantRole.OPERATOR).username());
        }
        return usernames;
    }

    /**
     * Appends {@code count} events to the tenant's audit trail, one a minute back from now, and one event dated tomorrow whose
     * details are {@link #NEWEST_AUDIT_DETAIL}, so the first row of the audit page is known.
     */
    void auditEvents(SandboxTenant tenant, int count) {
        jdbc.sql("""
                        insert into audit_event (occurred_at, actor_id, actor_name, tenant_id, action, target, outcome,
                                                 detail, client_ip, user_agent)
                        select now() - make_interval(mins => n), null, 'operator-' || (n % 100), :tenant,
                               (array['SMTP_USER_LIMIT_CHANGED', 'SMTP_USER_STATUS_CHANGED', 'SMTP_USER_PASSWORD_REVEALED',
                                      'SIGN_IN_SUCCEEDED'])[1 + n % 4],
                               'smtp' || lpad((n % 10000)::text, 5, '0'), 'SUCCESS',
                               'total limit ' || n || ' -> ' || (n + 1), '10.0.' || (n % 250) || '.1', 'benchmark'
                        from generate_series(1, :count) as n
                        """)
                .param("tenant", tenant.tenant().id().value())
                .param("count", count)
                .update();
        jdbc.sql("""
                        insert into audit_event (occurred_at, tenant_id, action, target, outcome, detail)
                        values (now() + interval '1 day', :tenant, 'SMTP_USER_LIMIT_CHANGED', 'smtp-newest',
                                'SUCCESS', :detail)
                        """)
                .param("tenant", tenant.tenant().id().value())
                .param("detail", NEWEST_AUDIT_DETAIL)
                .update();
        jdbc.sql("analyze audit_event").update();
    }
}

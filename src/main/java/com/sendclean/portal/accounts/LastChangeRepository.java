package com.sendclean.portal.accounts;

import com.sendclean.portal.tenant.TenantId;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The latest successful change of SMTP users per account, from the audit trail, in one query for all the user's
 * accounts (one index probe per account on the trail's tenant-and-time index).
 */
@Repository
class LastChangeRepository {

    private final JdbcClient jdbc;

    LastChangeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Map<TenantId, LastChange> latest(Collection<TenantId> tenants) {
        Map<TenantId, LastChange> result = new HashMap<>();
        if (tenants.isEmpty()) {
            return result;
        }
        jdbc.sql("""
                        select t.id, e.occurred_at, e.actor_name
                          from unnest(cast(:ids as bigint[])) as t(id)
                          cross join lateral (
                                select occurred_at, actor_name from audit_event
                                 where tenant_id = t.id and outcome = 'SUCCESS'
                                   and action in ('SMTP_USER_CREATED', 'SMTP_USER_LIMIT_CHANGED', 'SMTP_USER_STATUS_CHANGED',
                                                  'SMTP_USER_PASSWORD_RESET', 'CHANGED_OUTSIDE_THE_PORTAL')
                                 order by occurred_at desc, id desc limit 1) e""")
                .param("ids", tenants.stream().map(TenantId::value).toArray(Long[]::new))
                .query((rs, row) -> result.put(new TenantId(rs.getLong("id")),
                        new LastChange(rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor_name"))))
                .list();
        return result;
    }
}

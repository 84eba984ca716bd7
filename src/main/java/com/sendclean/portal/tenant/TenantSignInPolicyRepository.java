package com.sendclean.portal.tenant;

import com.sendclean.portal.security.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Persistence of a tenant's sign-in rules (table tenant_sign_in_policy; no row means no extra rules). */
@Repository
class TenantSignInPolicyRepository {

    private final JdbcClient jdbc;

    TenantSignInPolicyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean requiresTwoFactor(TenantId tenant) {
        return jdbc.sql("select require_two_factor from tenant_sign_in_policy where tenant_id = :tenant")
                .param("tenant", tenant.value())
                .query(Boolean.class)
                .optional()
                .orElse(false);
    }

    void setRequireTwoFactor(TenantId tenant, boolean required) {
        jdbc.sql("""
                        insert into tenant_sign_in_policy (tenant_id, require_two_factor) values (:tenant, :required)
                        on conflict (tenant_id) do update set require_two_factor = excluded.require_two_factor""")
                .param("tenant", tenant.value())
                .param("required", required)
                .update();
    }

    /** Whether the user belongs to any tenant that requires two-factor sign-in, active or not. */
    boolean anyTenantOfRequiresTwoFactor(UserId user) {
        return jdbc.sql("""
                        select exists(select 1 from membership m
                                        join tenant_sign_in_policy p on p.tenant_id = m.tenant_id
                                       where m.user_id = :user and p.require_two_factor)""")
                .param("user", user.value())
                .query(Boolean.class)
                .single();
    }
}

package com.sendclean.portal.credentials;

import com.sendclean.portal.security.UserId;
import com.sendclean.portal.tenant.TenantId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Persistence of encrypted SendClean credentials, one row per tenant. */
@Repository
class CredentialsRepository {

    private final JdbcClient jdbc;

    CredentialsRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<StoredCredentials> find(TenantId tenant) {
        return jdbc.sql("select * from sendclean_credentials where tenant_id = :tenant")
                .param("tenant", tenant.value())
                .query(CredentialsRepository::map)
                .optional();
    }

    List<StoredCredentials> findAll() {
        return jdbc.sql("select * from sendclean_credentials order by tenant_id").query(CredentialsRepository::map).list();
    }

    void save(StoredCredentials credentials, UserId by) {
        jdbc.sql("""
                        insert into sendclean_credentials (tenant_id, owner_id_encrypted, token_encrypted, owner_id_last_four,
                                                           token_last_four, app_domain, refused_at, updated_at, updated_by)
                        values (:tenant, :owner, :token, :ownerLast, :tokenLast, :domain, null, now(), :by)
                        on conflict (tenant_id) do update
                           set owner_id_encrypted = excluded.owner_id_encrypted, token_encrypted = excluded.token_encrypted,
                               owner_id_last_four = excluded.owner_id_last_four, token_last_four = excluded.token_last_four,
                               app_domain = excluded.app_domain, refused_at = null, updated_at = now(),
                               updated_by = excluded.updated_by""")
                .param("tenant", credentials.tenantId().value())
                .param("owner", credentials.ownerIdEncrypted())
                .param("token", credentials.tokenEncrypted())
                .param("ownerLast", credentials.ownerIdLastFour())
                .param("tokenLast", credentials.tokenLastFour())
                .param("domain", credentials.appDomain())
                .param("by", by == null ? null : by.value())
                .update();
    }

    /** Replaces the ciphertexts only (re-encryption under a new primary key); the values stay the same. */
    void updateCiphertexts(TenantId tenant, byte[] ownerIdEncrypted, byte[] tokenEncrypted) {
        jdbc.sql("update sendclean_credentials set owner_id_encrypted = :owner, token_encrypted = :token where tenant_id = :tenant")
                .param("owner", ownerIdEncrypted)
                .param("token", tokenEncrypted)
                .param("tenant", tenant.value())
                .update();
    }

    void markRefused(TenantId tenant, boolean refused) {
        // written only when the mark changes: this runs after every call with stored credentials
        jdbc.sql(refused
                        ? "update sendclean_credentials set refused_at = now() where tenant_id = :tenant and refused_at is null"
                        : "update sendclean_credentials set refused_at = null where tenant_id = :tenant and refused_at is not null")
                .param("tenant", tenant.value())
                .update();
    }

    boolean delete(TenantId tenant) {
        return jdbc.sql("delete from sendclean_credentials where tenant_id = :tenant").param("tenant", tenant.value()).update() > 0;
    }

    private static StoredCredentials map(ResultSet rs, int row) throws SQLException {
        OffsetDateTime refused = rs.getObject("refused_at", OffsetDateTime.class);
        return new StoredCredentials(new TenantId(rs.getLong("tenant_id")), rs.getBytes("owner_id_encrypted"),
                rs.getBytes("token_encrypted"), rs.getString("owner_id_last_four"), rs.getString("token_last_four"),
                rs.getString("app_domain"), refused == null ? null : refused.toInstant(),
                rs.getObject("updated_at", OffsetDateTime.class).toInstant());
    }
}

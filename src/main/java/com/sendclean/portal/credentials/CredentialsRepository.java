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

    /** The advisory lock key of re-encryption: any constant that no other feature uses ("SCcredRE"). */
    static final long REENCRYPTION_LOCK = 0x5343637265645245L;

    private final JdbcClient jdbc;
    private final StoredCredentialsCache cache;

    CredentialsRepository(JdbcClient jdbc, StoredCredentialsCache cache) {
        this.jdbc = jdbc;
        this.cache = cache;
    }

    /** The row as a call to SendClean reads it: kept between calls while nothing changes it (see the cache). */
    Optional<StoredCredentials> findForCall(TenantId tenant) {
        return cache.get(tenant, this::find);
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
                                                           token_last_four, app_domain, refused_at, updated_at, updated_by,
                                                           associated_data_version)
                        values (:tenant, :owner, :token, :ownerLast, :tokenLast, :domain, null, now(), :by, :version)
                        on conflict (tenant_id) do update
                           set owner_id_encrypted = excluded.owner_id_encrypted, token_encrypted = excluded.token_encrypted,
                               owner_id_last_four = excluded.owner_id_last_four, token_last_four = excluded.token_last_four,
                               app_domain = excluded.app_domain, refused_at = null, updated_at = now(),
                               updated_by = excluded.updated_by,
                               associated_data_version = excluded.associated_data_version""")
                .param("tenant", credentials.tenantId().value())
                .param("owner", credentials.ownerIdEncrypted())
                .param("token", credentials.tokenEncrypted())
                .param("ownerLast", credentials.ownerIdLastFour())
                .param("tokenLast", credentials.tokenLastFour())
                .param("domain", credentials.appDomain())
                .param("by", by == null ? null : by.value())
                .param("version", credentials.associatedDataVersion())
                .update();
        cache.forget(credentials.tenantId());
    }

    /**
     * Replaces the ciphertexts only (re-encryption under a new primary key or associated-data format); the values
     * stay the same. Only when the row still holds what was read, so a save in between is never overwritten.
     *
     * @return whether the row was replaced
     */
    boolean updateCiphertexts(StoredCredentials read, byte[] ownerIdEncrypted, byte[] tokenEncrypted, int version) {
        boolean replaced = jdbc.sql("""
                        update sendclean_credentials
                           set owner_id_encrypted = :owner, token_encrypted = :token, associated_data_version = :version
                         where tenant_id = :tenant and owner_id_encrypted = :readOwner and token_encrypted = :readToken
                           and app_domain = :readDomain and associated_data_version = :readVersion""")
                .param("owner", ownerIdEncrypted)
                .param("token", tokenEncrypted)
                .param("version", version)
                .param("tenant", read.tenantId().value())
                .param("readOwner", read.ownerIdEncrypted())
                .param("readToken", read.tokenEncrypted())
                .param("readDomain", read.appDomain())
                .param("readVersion", read.associatedDataVersion())
                .update() > 0;
        cache.forget(read.tenantId());
        return replaced;
    }

    /**
     * Takes the re-encryption lock until the current transaction ends, waiting while another instance holds it, so
     * that two portal instances never re-encrypt at the same time.
     */
    void lockForReencryption() {
        jdbc.sql("select pg_advisory_xact_lock(:key)").param("key", REENCRYPTION_LOCK).query().listOfRows();
    }

    /** @return whether the mark changed */
    boolean markRefused(TenantId tenant, boolean refused) {
        // written only when the mark changes: this runs after every call with stored credentials
        boolean changed = jdbc.sql(refused
                        ? "update sendclean_credentials set refused_at = now() where tenant_id = :tenant and refused_at is null"
                        : "update sendclean_credentials set refused_at = null where tenant_id = :tenant and refused_at is not null")
                .param("tenant", tenant.value())
                .update() > 0;
        cache.forget(tenant);
        return changed;
    }

    boolean delete(TenantId tenant) {
        boolean deleted = jdbc.sql("delete from sendclean_credentials where tenant_id = :tenant")
                .param("tenant", tenant.value()).update() > 0;
        cache.forget(tenant);
        return deleted;
    }

    private static StoredCredentials map(ResultSet rs, int row) throws SQLException {
        OffsetDateTime refused = rs.getObject("refused_at", OffsetDateTime.class);
        return new StoredCredentials(new TenantId(rs.getLong("tenant_id")), rs.getBytes("owner_id_encrypted"),
                rs.getBytes("token_encrypted"), rs.getString("owner_id_last_four"), rs.getString("token_last_four"),
                rs.getString("app_domain"), refused == null ? null : refused.toInstant(),
                rs.getObject("updated_at", OffsetDateTime.class).toInstant(), rs.getInt("associated_data_version"));
    }
}

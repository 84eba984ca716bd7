package com.sendclean.portal.credentials;

import com.sendclean.portal.cluster.ClusterListening;
import com.sendclean.portal.cluster.CoherentCache;
import com.sendclean.portal.tenant.TenantId;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The encrypted credentials row of each tenant, as the calls to SendClean read it (issue 18: one PostgreSQL round trip
 * less per call). Only ciphertexts are kept, never a decrypted value. Every write of the row on this instance forgets
 * it ({@code CredentialsRepository}); a save, a removal or a refusal mark on another instance forgets it through the
 * cluster bus; and nothing is kept while that bus is not heard. Screens that show the credentials read the database.
 */
@Component
class StoredCredentialsCache {

    private final CoherentCache<TenantId, Optional<StoredCredentials>> rows;

    StoredCredentialsCache(ClusterListening listening) {
        this.rows = new CoherentCache<>(listening);
    }

    Optional<StoredCredentials> get(TenantId tenant, Function<TenantId, Optional<StoredCredentials>> read) {
        return rows.get(tenant, read);
    }

    void forget(TenantId tenant) {
        rows.forget(tenant);
    }

    /** A save or removal, here (the row is already forgotten; again does no harm) or on another instance. */
    @EventListener
    void changed(CredentialsChanged changed) {
        rows.forget(changed.tenantId());
    }

    @EventListener
    void refusalChanged(CredentialsRefusalChanged changed) {
        rows.forget(changed.tenantId());
    }
}

package com.sendclean.portal.credentials;

import com.sendclean.portal.tenant.TenantId;
import java.time.Instant;

/**
 * A tenant's credentials row as stored: ciphertexts, never plaintext.
 *
 * @param associatedDataVersion which associated data the ciphertexts were made with ({@link CredentialsFields})
 */
record StoredCredentials(
        TenantId tenantId,
        byte[] ownerIdEncrypted,
        byte[] tokenEncrypted,
        String ownerIdLastFour,
        String tokenLastFour,
        String appDomain,
        Instant refusedAt,
        Instant updatedAt,
        int associatedDataVersion) {

    @Override
    public String toString() {
        return "StoredCredentials[tenantId=" + tenantId + ", appDomain=" + appDomain + "]";
    }
}

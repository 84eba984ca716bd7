package com.sendclean.portal.credentials;

import com.sendclean.portal.crypto.SecretContext;
import com.sendclean.portal.tenant.TenantId;

/** The encrypted fields of a credentials row; their names bind each ciphertext to its column. */
enum CredentialsFields {
    OWNER_ID("owner_id"),
    TOKEN("token");

    /** Associated data of tenant and field only: rows written before the app domain was bound (V0007). */
    static final int TENANT_AND_FIELD = 1;
    /** Associated data of tenant, field and app domain: what the portal writes now. */
    static final int BOUND_TO_APP_DOMAIN = 2;
    static final int CURRENT_VERSION = BOUND_TO_APP_DOMAIN;

    private final String name;

    CredentialsFields(String name) {
        this.name = name;
    }

    /** The context new ciphertexts are made in: the secret may only be used with this (normalised) app domain. */
    SecretContext context(TenantId tenant, String appDomain) {
        return new SecretContext(tenant.value(), name).boundTo(appDomain);
    }

    /** The context a stored row's ciphertext was made in, by its associated-data version. */
    SecretContext contextOf(StoredCredentials row) {
        return switch (row.associatedDataVersion()) {
            case TENANT_AND_FIELD -> new SecretContext(row.tenantId().value(), name);
            case BOUND_TO_APP_DOMAIN -> context(row.tenantId(), row.appDomain());
            default -> throw new IllegalStateException("Unknown associated-data version "
                    + row.associatedDataVersion() + " of tenant " + row.tenantId() + "'s credentials");
        };
    }

    byte[] ciphertextOf(StoredCredentials row) {
        return this == OWNER_ID ? row.ownerIdEncrypted() : row.tokenEncrypted();
    }
}

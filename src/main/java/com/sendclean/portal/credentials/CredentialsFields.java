package com.sendclean.portal.credentials;

import com.sendclean.portal.crypto.SecretContext;
import com.sendclean.portal.tenant.TenantId;

/** The encrypted fields of a credentials row; their names bind each ciphertext to its column. */
enum CredentialsFields {
    OWNER_ID("owner_id"),
    TOKEN("token");

    private final String name;

    CredentialsFields(String name) {
        this.name = name;
    }

    SecretContext context(TenantId tenant) {
        return new SecretContext(tenant.value(), name);
    }
}

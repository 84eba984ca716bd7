package com.sendclean.archfixtures;

import com.sendclean.portal.credentials.decrypted.DecryptedCredentials;
import com.sendclean.portal.tenant.TenantId;

/** Breaks "only the listed modules get decrypted credentials": a module not on the list reads a token. */
public class ReportWithDecryptedCredentials {

    private final DecryptedCredentials credentials;

    public ReportWithDecryptedCredentials(DecryptedCredentials credentials) {
        this.credentials = credentials;
    }

    public int tokenLength(TenantId tenantId) {
        return credentials.withStoredAccount(tenantId, account -> account.token().length());
    }
}

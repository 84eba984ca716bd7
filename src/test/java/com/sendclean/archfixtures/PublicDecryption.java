package com.sendclean.archfixtures;

import com.sendclean.portal.credentials.decrypted.DecryptedCredentials;
import com.sendclean.portal.sendclean.SendCleanAccount;
import com.sendclean.portal.tenant.TenantId;
import java.util.function.Function;

/**
 * Breaks "decryption is package-private": a public implementation any module could construct, and a public method
 * that hands the decrypted account out.
 */
public class PublicDecryption implements DecryptedCredentials {

    @Override
    public <T> T withStoredAccount(TenantId tenantId, Function<SendCleanAccount, T> work) {
        return work.apply(account(tenantId));
    }

    public SendCleanAccount account(TenantId tenantId) {
        throw new UnsupportedOperationException("a fixture, never run");
    }
}

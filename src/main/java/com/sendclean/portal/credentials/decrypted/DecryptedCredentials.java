package com.sendclean.portal.credentials.decrypted;

import com.sendclean.portal.sendclean.SendCleanAccount;
import com.sendclean.portal.tenant.TenantId;
import java.util.function.Function;

/**
 * Lends a tenant's decrypted SendClean credentials to one piece of work. The implementation is package-private in
 * {@code credentials} and checks tenant membership itself.
 */
public interface DecryptedCredentials {

    /**
     * Runs the work with the tenant's decrypted credentials; the account exists only during the call.
     *
     * @throws com.sendclean.portal.credentials.CredentialsUnavailableException when none are stored or they cannot
     *         be decrypted
     */
    <T> T withStoredAccount(TenantId tenantId, Function<SendCleanAccount, T> work);
}

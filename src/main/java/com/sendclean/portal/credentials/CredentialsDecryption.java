package com.sendclean.portal.credentials;

import com.sendclean.portal.audit.AuditAction;
import com.sendclean.portal.audit.AuditEvent;
import com.sendclean.portal.audit.AuditLog;
import com.sendclean.portal.credentials.decrypted.DecryptedCredentials;
import com.sendclean.portal.crypto.SecretCipher;
import com.sendclean.portal.crypto.UnreadableSecretException;
import com.sendclean.portal.sendclean.CredentialSource;
import com.sendclean.portal.sendclean.SendCleanAccount;
import com.sendclean.portal.tenant.TenantId;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Decrypts a tenant's stored credentials for one call. Package-private: other modules reach it only as
 * {@link DecryptedCredentials}, which {@code ArchitectureTest} lets only the listed modules use.
 */
@Service
class CredentialsDecryption implements DecryptedCredentials {

    private static final Logger log = LoggerFactory.getLogger(CredentialsDecryption.class);

    private final CredentialsRepository repository;
    private final SecretCipher cipher;
    private final AuditLog auditLog;

    CredentialsDecryption(CredentialsRepository repository, SecretCipher cipher, AuditLog auditLog) {
        this.repository = repository;
        this.cipher = cipher;
        this.auditLog = auditLog;
    }

    @Override
    @PreAuthorize("@tenantAccess.allows(#tenantId, 'VIEWER')")
    public <T> T withStoredAccount(TenantId tenantId, Function<SendCleanAccount, T> work) {
        StoredCredentials stored = repository.findForCall(tenantId)
                .orElseThrow(() -> new CredentialsUnavailableException(CredentialsStatus.State.NONE));
        SendCleanAccount account;
        try {
            account = new SendCleanAccount(tenantId.toString(), stored.appDomain(),
                    decrypt(stored, CredentialsFields.OWNER_ID), decrypt(stored, CredentialsFields.TOKEN),
                    CredentialSource.STORED, stored.refusedAt() != null);
        } catch (UnreadableSecretException unreadable) {
            log.warn("Credentials of tenant {} cannot be decrypted ({})", tenantId, unreadable.reason());
            auditLog.record(AuditEvent.failure(AuditAction.CREDENTIALS_UNREADABLE, tenantId.value(),
                    stored.appDomain(), "UNREADABLE", "The stored credentials cannot be decrypted"));
            throw new CredentialsUnavailableException(CredentialsStatus.State.UNREADABLE);
        }
        return work.apply(account);
    }

    /** The app domain is part of the associated data: a row whose domain was changed in the database does not decrypt. */
    private String decrypt(StoredCredentials stored, CredentialsFields field) {
        return cipher.decrypt(field.ciphertextOf(stored), field.contextOf(stored));
    }
}

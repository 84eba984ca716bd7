package com.sendclean.portal.credentials;

import com.sendclean.portal.audit.Actor;
import com.sendclean.portal.audit.AuditAction;
import com.sendclean.portal.audit.AuditEvent;
import com.sendclean.portal.audit.AuditLog;
import com.sendclean.portal.crypto.SecretCipher;
import com.sendclean.portal.crypto.UnreadableSecretException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Moves every stored credential under the keyset's current primary key and the current associated-data format (bound
 * to the app domain): on start-up (after a rotation or an upgrade) and when a platform administrator asks for it.
 * One run at a time across all instances, under a PostgreSQL advisory lock, so each row is re-encrypted once. Rows
 * that cannot be decrypted are left as they are; their tenants' screens ask an ADMIN to enter the credentials again.
 */
@Component
class CredentialsReencryption implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(CredentialsReencryption.class);

    private final CredentialsRepository repository;
    private final SecretCipher cipher;
    private final AuditLog auditLog;
    private final TransactionTemplate transaction;

    CredentialsReencryption(CredentialsRepository repository, SecretCipher cipher, AuditLog auditLog,
                            PlatformTransactionManager transactionManager) {
        this.auditLog = auditLog;
        // explicit, not @Transactional: run() calls this on the bean itself, past any proxy, and the lock needs one
        this.transaction = new TransactionTemplate(transactionManager);
        this.repository = repository;
        this.cipher = cipher;
    }

    @Override
    public void run(ApplicationArguments args) {
        ReencryptionResult result = reencryptAll();
        if (result.reencrypted() > 0 || result.unreadable() > 0) {
            log.info("Credentials re-encryption: {} moved to the primary key, {} unreadable, {} already current",
                    result.reencrypted(), result.unreadable(), result.current());
        }
    }

    ReencryptionResult reencryptAll() {
        return transaction.execute(status -> {
            repository.lockForReencryption();
            return reencryptLocked();
        });
    }

    private ReencryptionResult reencryptLocked() {
        int moved = 0;
        int unreadable = 0;
        int current = 0;
        for (StoredCredentials row : repository.findAll()) {
            boolean oldFormat = row.associatedDataVersion() != CredentialsFields.CURRENT_VERSION;
            if (!oldFormat && !cipher.needsReencryption(row.ownerIdEncrypted())
                    && !cipher.needsReencryption(row.tokenEncrypted())) {
                current++;
                continue;
            }
            try {
                // decrypted in the context the row was made in, encrypted in the current one, bound to its domain
                if (repository.updateCiphertexts(row,
                        reencrypt(row, CredentialsFields.OWNER_ID), reencrypt(row, CredentialsFields.TOKEN),
                        CredentialsFields.CURRENT_VERSION)) {
                    moved++;
                } else {
                    current++; // saved anew meanwhile, so in the current format already
                }
            } catch (UnreadableSecretException e) {
                log.warn("Credentials of tenant {} cannot be decrypted ({}); an ADMIN must enter them again",
                        row.tenantId(), e.reason());
                auditLog.record(AuditEvent.failure(AuditAction.CREDENTIALS_UNREADABLE, row.tenantId().value(),
                        row.appDomain(), "UNREADABLE", "Cannot be decrypted for re-encryption").by(actor()));
                unreadable++;
            }
        }
        if (moved > 0 || unreadable > 0) {
            auditLog.record(AuditEvent.success(AuditAction.CREDENTIALS_REENCRYPTED, null, null)
                    .withDetail(moved + " re-encrypted, " + unreadable + " unreadable, " + current + " already current")
                    .by(actor()));
        }
        return new ReencryptionResult(moved, unreadable, current);
    }

    private byte[] reencrypt(StoredCredentials row, CredentialsFields field) {
        return cipher.encrypt(cipher.decrypt(field.ciphertextOf(row), field.contextOf(row)),
                field.context(row.tenantId(), row.appDomain()));
    }

    /** At start-up nobody is signed in: the portal itself does this. */
    private Actor actor() {
        Actor signedIn = auditLog.signedIn();
        return signedIn.userId() == null ? Actor.SYSTEM : signedIn;
    }

    /** How a re-encryption run went, for the log and the administrator who started it. */
    public record ReencryptionResult(int reencrypted, int unreadable, int current) {}
}

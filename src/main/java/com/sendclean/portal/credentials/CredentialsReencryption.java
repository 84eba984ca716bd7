package com.sendclean.portal.credentials;

import com.sendclean.portal.audit.Actor;
import com.sendclean.portal.audit.AuditAction;
import com.sendclean.portal.audit.AuditEvent;
import com.sendclean.portal.audit.AuditLog;
import com.sendclean.portal.cluster.ClusterLock;
import com.sendclean.portal.crypto.SecretCipher;
import com.sendclean.portal.crypto.UnreadableSecretException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Moves every stored credential under the keyset's current primary key: on start-up (after a rotation and a
 * restart) and when a platform administrator asks for it. Rows that cannot be decrypted are left as they are; their
 * tenants' screens ask an ADMIN to enter the credentials again.
 */
@Component
class CredentialsReencryption implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(CredentialsReencryption.class);

    private final CredentialsRepository repository;
    private final SecretCipher cipher;
    private final AuditLog auditLog;
    private final ClusterLock lock;

    CredentialsReencryption(CredentialsRepository repository, SecretCipher cipher, AuditLog auditLog,
                            ClusterLock lock) {
        this.lock = lock;
        this.auditLog = auditLog;
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

    /** Once across the cluster at a time: a second instance waits, then finds the rows already current. */
    ReencryptionResult reencryptAll() {
        return lock.exclusively("credentials-reencryption", this::reencryptUnderLock);
    }

    private ReencryptionResult reencryptUnderLock() {
        int moved = 0;
        int unreadable = 0;
        int current = 0;
        for (StoredCredentials row : repository.findAll()) {
            if (!cipher.needsReencryption(row.ownerIdEncrypted()) && !cipher.needsReencryption(row.tokenEncrypted())) {
                current++;
                continue;
            }
            try {
                repository.updateCiphertexts(row.tenantId(),
                        cipher.reencrypt(row.ownerIdEncrypted(), CredentialsFields.OWNER_ID.context(row.tenantId())),
                        cipher.reencrypt(row.tokenEncrypted(), CredentialsFields.TOKEN.context(row.tenantId())));
                moved++;
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

    /** At start-up nobody is signed in: the portal itself does this. */
    private Actor actor() {
        Actor signedIn = auditLog.signedIn();
        return signedIn.userId() == null ? Actor.SYSTEM : signedIn;
    }

    /** How a re-encryption run went, for the log and the administrator who started it. */
    public record ReencryptionResult(int reencrypted, int unreadable, int current) {}
}

package com.sendclean.portal.crypto;

import com.google.crypto.tink.KeysetHandle;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Key rotation as an administrator's action: adds a new AES-256-GCM primary key to the configured keyset file and
 * switches the running {@link SecretCipher} to it. Older keys stay, so stored secrets stay readable; re-encrypting
 * them under the new primary is the caller's next step ({@link SecretCipher#reencrypt}).
 *
 * <p>Other portal instances that read the same file keep the old primary until they restart. They can still decrypt
 * what this one wrote only after that restart, so rotate at run time only where one instance runs.
 */
public class KeysetRotation {

    private static final Logger log = LoggerFactory.getLogger(KeysetRotation.class);

    private final KeysetSource source;
    private final SecretCipher cipher;
    private final Consumer<KeysetSummary> onRotated;

    KeysetRotation(KeysetSource source, SecretCipher cipher) {
        this(source, cipher, summary -> { });
    }

    /** @param onRotated told after every rotation (the audit trail records it) */
    KeysetRotation(KeysetSource source, SecretCipher cipher, Consumer<KeysetSummary> onRotated) {
        this.source = source;
        this.cipher = cipher;
        this.onRotated = onRotated;
    }

    /** Whether {@link #rotate} can work here: only a keyset file can be rewritten. */
    public boolean isAvailable() {
        return source instanceof KeysetSource.FromFile;
    }

    /**
     * Adds a new primary key to the keyset file and starts encrypting with it.
     *
     * @return the keyset after rotation
     * @throws KeysetRotationUnavailableException when the keyset comes from PORTAL_CRYPTO_KEYSET
     */
    public synchronized KeysetSummary rotate() {
        if (!(source instanceof KeysetSource.FromFile(KeysetFile file))) {
            throw new KeysetRotationUnavailableException("The keyset comes from " + source.description()
                    + ", which the running portal cannot change: rotate a copy with `" + KeysetException.COMMAND
                    + " rotate FILE`, put the result in PORTAL_CRYPTO_KEYSET and restart the portal.");
        }
        // read the file again rather than trusting memory, so a rotation made with the CLI meanwhile is kept
        KeysetHandle rotated = Keysets.withNewPrimary(file.read());
        file.replace(rotated);
        cipher.use(rotated, file.description());
        KeysetSummary summary = Keysets.summary(rotated);
        log.info("Rotated {}: key {} is the new primary, {} keys in all", file.path(), summary.primaryKeyId(),
                summary.keyIds().size());
        onRotated.accept(summary);
        return summary;
    }
}

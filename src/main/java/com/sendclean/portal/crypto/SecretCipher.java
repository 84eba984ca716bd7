package com.sendclean.portal.crypto;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.aead.AeadKey;
import com.google.crypto.tink.util.Bytes;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * Encrypts tenants' secrets for storage, with AES-256-GCM under the configured Tink keyset. Each ciphertext is bound
 * to its {@link SecretContext} and starts with the id of the key that made it, which is how
 * {@link #needsReencryption} tells ciphertexts under an older key. Thread-safe.
 */
public class SecretCipher {

    // Tink's TINK and LEGACY output prefixes: one start byte, then the key id, big-endian
    private static final int PREFIX_SIZE = 5;
    private static final byte TINK_START = 1;
    private static final byte LEGACY_START = 0;

    private volatile ActiveKeyset active;

    SecretCipher(KeysetHandle keyset, String origin) {
        use(keyset, origin);
    }

    /**
     * A cipher with a keyset of its own that lives only in memory, for tests of features that store secrets. Nothing
     * it encrypts can be read by another instance.
     */
    public static SecretCipher withEphemeralKeyset() {
        return new SecretCipher(Keysets.generate(), "an ephemeral keyset");
    }

    /** Encrypts under the primary key. Each call gives a different ciphertext. */
    public byte[] encrypt(String plaintext, SecretContext context) {
        Objects.requireNonNull(plaintext, "plaintext");
        try {
            return active.aead().encrypt(plaintext.getBytes(StandardCharsets.UTF_8), context.associatedData());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Tink cannot encrypt with the primary key", e);
        }
    }

    /**
     * Decrypts a ciphertext made for this context under any key of the keyset.
     *
     * @throws UnreadableSecretException when the keyset lacks its key, or it belongs to another context, or it was
     *     altered
     */
    public String decrypt(byte[] ciphertext, SecretContext context) {
        Objects.requireNonNull(context, "context");
        ActiveKeyset keyset = active;
        if (ciphertext == null || keyIdOf(ciphertext).isEmpty()) {
            throw new UnreadableSecretException(context, UnreadableSecretException.Reason.MALFORMED,
                    "The stored secret '" + context.field() + "' of tenant " + context.tenantId()
                            + " is not a ciphertext of this portal.");
        }
        try {
            return new String(keyset.aead().decrypt(ciphertext, context.associatedData()), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            // Tink says only "decryption failed"; the key id tells a lost keyset from a misplaced ciphertext
            throw unreadable(ciphertext, context, keyset);
        }
    }

    /**
     * Whether the ciphertext was made under a key other than the current primary, so that {@link #reencrypt} should
     * move it to the primary. Reads only the key id in the ciphertext's prefix; decrypts nothing.
     */
    public boolean needsReencryption(byte[] ciphertext) {
        Objects.requireNonNull(ciphertext, "ciphertext");
        Bytes primary = active.primaryPrefix();
        return ciphertext.length < primary.size()
                || !Bytes.copyFrom(ciphertext, 0, primary.size()).equals(primary);
    }

    /**
     * The same secret encrypted under the primary key, for storing in place of the given ciphertext; a ciphertext
     * already under the primary comes back as it is.
     *
     * @throws UnreadableSecretException as {@link #decrypt}
     */
    public byte[] reencrypt(byte[] ciphertext, SecretContext context) {
        if (!needsReencryption(ciphertext)) {
            return ciphertext;
        }
        return encrypt(decrypt(ciphertext, context), context);
    }

    /** The keys in use, without key material. */
    public KeysetSummary keysetSummary() {
        return active.summary();
    }

    /** Switches to another keyset, e.g. after a rotation; existing ciphertexts stay readable if it keeps their keys. */
    final void use(KeysetHandle keyset, String origin) {
        Aead aead = Keysets.aead(keyset, origin);
        Bytes prefix = ((AeadKey) keyset.getPrimary().getKey()).getOutputPrefix();
        active = new ActiveKeyset(aead, prefix, Keysets.summary(keyset));
    }

    private static UnreadableSecretException unreadable(byte[] ciphertext, SecretContext context,
                                                        ActiveKeyset keyset) {
        long keyId = keyIdOf(ciphertext).orElseThrow();
        String secret = "The stored secret '" + context.field() + "' of tenant " + context.tenantId();
        if (!keyset.summary().keyIds().contains(keyId)) {
            return new UnreadableSecretException(context, UnreadableSecretException.Reason.UNKNOWN_KEY,
                    secret + " was encrypted under key " + keyId + ", which the configured "
                            + "keyset does not contain: the keyset is lost or wrong, so the secret must be entered "
                            + "again.");
        }
        return new UnreadableSecretException(context, UnreadableSecretException.Reason.NOT_AUTHENTIC,
                secret + " does not decrypt with key " + keyId + " of the configured "
                        + "keyset: it belongs to another tenant or field, or it was altered.");
    }

    private static OptionalLong keyIdOf(byte[] ciphertext) {
        if (ciphertext.length <= PREFIX_SIZE || (ciphertext[0] != TINK_START && ciphertext[0] != LEGACY_START)) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Integer.toUnsignedLong(ByteBuffer.wrap(ciphertext, 1, 4).getInt()));
    }

    /** The keyset in force: replaced whole, so a reader never sees a primitive of one keyset with another's ids. */
    private record ActiveKeyset(Aead aead, Bytes primaryPrefix, KeysetSummary summary) {
    }
}

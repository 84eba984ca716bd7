package com.sendclean.portal.crypto;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.Configuration;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.AesGcmKey;
import com.google.crypto.tink.aead.AesGcmParameters;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.List;

/**
 * The few things the portal does with Tink keysets: make one, add a primary key, read and write the cleartext JSON
 * form ops keep in a secret manager, and turn one into an AEAD.
 */
final class Keysets {

    static {
        // Tink's key types live in a registry of its own; registering AEAD is idempotent and must precede any use
        try {
            AeadConfig.register();
        } catch (GeneralSecurityException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private Keysets() {
    }

    /** A keyset with one AES-256-GCM key, primary, whose ciphertexts carry its id (Tink's TINK output prefix). */
    static KeysetHandle generate() {
        try {
            return KeysetHandle.newBuilder().addEntry(newPrimaryEntry()).build();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Tink cannot generate an AES-256-GCM key", e);
        }
    }

    /** The keyset plus a new AES-256-GCM primary key; the old keys stay, so old ciphertexts stay readable. */
    static KeysetHandle withNewPrimary(KeysetHandle keyset) {
        try {
            return KeysetHandle.newBuilder(keyset).addEntry(newPrimaryEntry()).build();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Tink cannot add an AES-256-GCM key to the keyset", e);
        }
    }

    /**
     * The keyset plus a new AES-256-GCM key that is not primary: instances given this keyset read what the new key
     * will encrypt, while they all still encrypt with the old primary (the first phase of a rotation across instances).
     */
    static KeysetHandle withNewSecondary(KeysetHandle keyset) {
        try {
            return KeysetHandle.newBuilder(keyset).addEntry(
                    KeysetHandle.generateEntryFromParameters(PredefinedAeadParameters.AES256_GCM).withRandomId()).build();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Tink cannot add an AES-256-GCM key to the keyset", e);
        }
    }

    /**
     * The keyset with its most recently added non-primary key made primary (the second phase of a rotation across
     * instances). Keys are never removed.
     *
     * @throws KeysetException when every key but the primary is older than it, i.e. nothing was added
     */
    static KeysetHandle withLastAddedPromoted(KeysetHandle keyset, String origin) {
        int primary = -1;
        for (int i = 0; i < keyset.size(); i++) {
            if (keyset.getAt(i).isPrimary()) {
                primary = i;
            }
        }
        int last = keyset.size() - 1;
        if (last <= primary) {
            throw new KeysetException(capitalized(origin) + " has no key added after its primary one: add one with `"
                    + KeysetException.COMMAND + " add FILE` and roll it out to every instance first.");
        }
        try {
            KeysetHandle.Builder builder = KeysetHandle.newBuilder(keyset);
            builder.getAt(last).makePrimary();
            return builder.build();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Tink cannot change the keyset's primary key", e);
        }
    }

    private static KeysetHandle.Builder.Entry newPrimaryEntry() {
        return KeysetHandle.generateEntryFromParameters(PredefinedAeadParameters.AES256_GCM)
                .withRandomId()
                .makePrimary();
    }

    /**
     * Reads a cleartext JSON keyset.
     *
     * @param origin where the JSON came from, for the message, e.g. "the file /etc/portal/keyset.json"
     */
    static KeysetHandle parse(String json, String origin) {
        try {
            return TinkJsonProtoKeysetFormat.parseKeyset(json, configuration(), InsecureSecretKeyAccess.get());
        } catch (GeneralSecurityException | RuntimeException e) {
            // Tink's parser may quote the text it choked on, which is key material: the cause is not kept
            throw new KeysetException(capitalized(origin) + " is not a Tink keyset in JSON: create one with `"
                    + KeysetException.COMMAND + " create FILE`.");
        }
    }

    static String toJson(KeysetHandle keyset) {
        try {
            return TinkJsonProtoKeysetFormat.serializeKeyset(keyset, configuration(), InsecureSecretKeyAccess.get());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Tink cannot write the keyset as JSON", e);
        }
    }

    /**
     * The AEAD of a keyset whose primary is AES-256-GCM with the TINK prefix: the portal promises AES-256-GCM, and
     * {@link SecretCipher#needsReencryption} reads the primary's id from that prefix.
     */
    static Aead aead(KeysetHandle keyset, String origin) {
        if (!(keyset.getPrimary().getKey() instanceof AesGcmKey key)
                || key.getParameters().getKeySizeBytes() != 32
                || key.getParameters().getVariant() != AesGcmParameters.Variant.TINK) {
            throw new KeysetException("The primary key of " + origin + " is not AES-256-GCM with Tink's output "
                    + "prefix: add one with `" + KeysetException.COMMAND + " rotate FILE`.");
        }
        try {
            return keyset.getPrimitive(configuration(), Aead.class);
        } catch (GeneralSecurityException e) {
            throw new KeysetException(capitalized(origin) + " is not an AEAD keyset: create one with `"
                    + KeysetException.COMMAND + " create FILE`.");
        }
    }

    static KeysetSummary summary(KeysetHandle keyset) {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < keyset.size(); i++) {
            ids.add(Integer.toUnsignedLong(keyset.getAt(i).getId()));
        }
        return new KeysetSummary(Integer.toUnsignedLong(keyset.getPrimary().getId()), ids);
    }

    private static Configuration configuration() throws GeneralSecurityException {
        return RegistryConfiguration.get();
    }

    private static String capitalized(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}

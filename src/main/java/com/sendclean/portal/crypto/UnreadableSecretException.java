package com.sendclean.portal.crypto;

/**
 * A stored secret that the configured keyset cannot decrypt. Its message names the tenant, the field and the key id
 * the ciphertext was made with (ids are not secret), never the plaintext, the ciphertext or key material, so it may be
 * logged and shown.
 */
public class UnreadableSecretException extends RuntimeException {

    /** Why a secret cannot be read, for screens that explain what to do. */
    public enum Reason {
        /** encrypted under a key the configured keyset does not contain: the keyset is lost or wrong */
        UNKNOWN_KEY,
        /** the key is there but the ciphertext does not authenticate: another tenant's or field's, or altered */
        NOT_AUTHENTIC,
        /** not a ciphertext of this portal at all */
        MALFORMED
    }

    private final transient SecretContext context;
    private final Reason reason;

    UnreadableSecretException(SecretContext context, Reason reason, String message) {
        super(message);
        this.context = context;
        this.reason = reason;
    }

    public SecretContext context() {
        return context;
    }

    public Reason reason() {
        return reason;
    }
}

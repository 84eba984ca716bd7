package com.sendclean.portal.crypto;

/**
 * The keyset cannot be had: missing, unreadable, malformed or of the wrong kind. The message is one sentence that
 * says what is wrong and what to do; it never quotes the keyset, whose text is key material.
 */
class KeysetException extends RuntimeException {

    /** How ops run the keyset commands; the jar's real name carries a version, so this is the documented form. */
    static final String COMMAND = "java -jar sendclean-portal.jar keyset";

    KeysetException(String message) {
        super(message);
    }

    KeysetException(String message, Throwable cause) {
        super(message, cause);
    }

    static KeysetException missing() {
        return new KeysetException("No encryption keyset is configured: set PORTAL_CRYPTO_KEYSET to the keyset's JSON "
                + "or portal.crypto.keyset-file (PORTAL_CRYPTO_KEYSETFILE) to a keyset file, which `" + COMMAND
                + " create FILE` creates.");
    }
}

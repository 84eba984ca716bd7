package com.sendclean.portal.crypto;

/** The running portal cannot rotate its keyset, because the keyset does not come from a file it may rewrite. */
public class KeysetRotationUnavailableException extends RuntimeException {

    KeysetRotationUnavailableException(String message) {
        super(message);
    }
}

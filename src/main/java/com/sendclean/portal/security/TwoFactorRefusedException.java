package com.sendclean.portal.security;

/** The second sign-in step was refused; the message is meant for the code field. */
class TwoFactorRefusedException extends RuntimeException {

    TwoFactorRefusedException(String message) {
        super(message);
    }
}

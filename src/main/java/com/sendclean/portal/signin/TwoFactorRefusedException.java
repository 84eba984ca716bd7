package com.sendclean.portal.signin;

/** The second sign-in step was refused; the message is meant for the code field. */
class TwoFactorRefusedException extends RuntimeException {

    TwoFactorRefusedException(String message) {
        super(message);
    }
}

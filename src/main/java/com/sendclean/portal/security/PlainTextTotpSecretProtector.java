package com.sendclean.portal.security;

/**
 * Stores TOTP secrets as they are, marked with a "plain:" prefix so that an encrypting successor can recognise and
 * re-protect old values. The secret still never reaches the browser after enrolment, nor any log. Registered in
 * {@link SecurityConfiguration} until an encrypting {@link TotpSecretProtector} replaces it.
 */
final class PlainTextTotpSecretProtector implements TotpSecretProtector {

    static final String PREFIX = "plain:";

    @Override
    public String protect(String secret, UserId owner) {
        return PREFIX + secret;
    }

    @Override
    public String reveal(String protectedSecret, UserId owner) {
        if (!protectedSecret.startsWith(PREFIX)) {
            throw new IllegalStateException("The TOTP secret of user " + owner + " is protected in an unknown way");
        }
        return protectedSecret.substring(PREFIX.length());
    }
}

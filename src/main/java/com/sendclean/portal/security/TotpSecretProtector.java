package com.sendclean.portal.security;

/**
 * Turns a TOTP secret into what is stored in the database and back. The owner is passed along so that an
 * implementation with authenticated encryption can bind the stored value to its account (associated data), and a
 * value copied to another account's row does not decrypt.
 *
 * <p>Implementations must never log the secret. The one in use until the portal's key management is merged is
 * {@link PlainTextTotpSecretProtector}; replacing that bean with one backed by an AEAD cipher is the only change
 * needed to encrypt secrets at rest (see docs/sign-in-security.md).
 */
public interface TotpSecretProtector {

    String protect(String secret, UserId owner);

    String reveal(String protectedSecret, UserId owner);
}

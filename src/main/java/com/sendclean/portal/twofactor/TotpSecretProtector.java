package com.sendclean.portal.twofactor;

import com.sendclean.portal.security.UserId;

/**
 * Turns a TOTP secret into what is stored in the database and back. The owner is passed along so that an
 * implementation with authenticated encryption can bind the stored value to its account (associated data), and a
 * value copied to another account's row does not decrypt.
 *
 * <p>Implementations must never log the secret. The portal's is {@link TinkTotpSecretProtector}, which encrypts
 * with the same keyset as tenants' credentials.
 */
public interface TotpSecretProtector {

    String protect(String secret, UserId owner);

    String reveal(String protectedSecret, UserId owner);
}

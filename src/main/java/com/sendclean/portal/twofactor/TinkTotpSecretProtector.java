package com.sendclean.portal.twofactor;

import com.sendclean.portal.security.UserId;
import com.sendclean.portal.crypto.SecretCipher;
import com.sendclean.portal.crypto.SecretContext;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.springframework.stereotype.Component;

/**
 * Encrypts TOTP secrets at rest with the portal's Tink keyset. The associated data binds each value to its account
 * (the context's id is the user's id and its field "totp_secret", a name no tenant field uses), so a value copied to
 * another user's row does not decrypt.
 */
@Component
class TinkTotpSecretProtector implements TotpSecretProtector {

    private static final String PREFIX = "tink:";
    private static final String FIELD = "totp_secret";

    private final SecretCipher cipher;

    TinkTotpSecretProtector(SecretCipher cipher) {
        this.cipher = cipher;
    }

    @Override
    public String protect(String secret, UserId owner) {
        return PREFIX + Base64.getEncoder().encodeToString(cipher.encrypt(secret, context(owner)));
    }

    @Override
    public String reveal(String protectedSecret, UserId owner) {
        if (protectedSecret == null || !protectedSecret.startsWith(PREFIX)) {
            throw new IllegalStateException("The TOTP secret of user " + owner + " is stored in an unknown form");
        }
        byte[] ciphertext = Base64.getDecoder().decode(protectedSecret.substring(PREFIX.length())
                .getBytes(StandardCharsets.US_ASCII));
        return cipher.decrypt(ciphertext, context(owner));
    }

    private static SecretContext context(UserId owner) {
        return new SecretContext(owner.value(), FIELD);
    }
}

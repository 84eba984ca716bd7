package com.sendclean.portal.credentials;

import com.sendclean.portal.crypto.KeysetRotation;
import com.sendclean.portal.crypto.KeysetRotationUnavailableException;
import com.sendclean.portal.security.Roles;
import com.sendclean.portal.shared.InvalidInputException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Platform administrators' actions on the key that protects every tenant's credentials: re-encrypt what is not
 * under the current primary key, or add a new primary key (keyset file only) and then re-encrypt.
 */
@Service
@PreAuthorize("hasRole('" + Roles.PLATFORM_ADMIN + "')")
public class CredentialsKeyService {

    private final CredentialsReencryption reencryption;
    private final KeysetRotation rotation;

    CredentialsKeyService(CredentialsReencryption reencryption, KeysetRotation rotation) {
        this.reencryption = reencryption;
        this.rotation = rotation;
    }

    /** What happened, in words for the administrator. */
    public record Outcome(String message) {}

    public Outcome reencrypt() {
        return describe(reencryption.reencryptAll(), "");
    }

    public Outcome rotateAndReencrypt() {
        try {
            var summary = rotation.rotate();
            return describe(reencryption.reencryptAll(), "Key " + summary.primaryKeyId() + " is the new primary key. ");
        } catch (KeysetRotationUnavailableException unavailable) {
            throw new InvalidInputException(unavailable.getMessage());
        }
    }

    public boolean canRotate() {
        return rotation.isAvailable();
    }

    private static Outcome describe(CredentialsReencryption.ReencryptionResult result, String prefix) {
        return new Outcome(prefix + result.reencrypted() + " stored credentials re-encrypted under the primary key, "
                + result.current() + " already current" + (result.unreadable() > 0
                        ? ", " + result.unreadable() + " unreadable (their Admins must enter them again)." : "."));
    }
}

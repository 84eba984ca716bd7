package com.sendclean.portal.credentials;

import com.sendclean.portal.cluster.ClusterMembers;
import com.sendclean.portal.crypto.KeysetRotation;
import com.sendclean.portal.crypto.KeysetRotationUnavailableException;
import com.sendclean.portal.security.Roles;
import com.sendclean.portal.shared.InvalidInputException;
import java.util.Optional;
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
    private final ClusterMembers cluster;

    CredentialsKeyService(CredentialsReencryption reencryption, KeysetRotation rotation, ClusterMembers cluster) {
        this.reencryption = reencryption;
        this.rotation = rotation;
        this.cluster = cluster;
    }

    /** What happened, in words for the administrator. */
    public record Outcome(String message) {}

    public Outcome reencrypt() {
        return describe(reencryption.reencryptAll(), "");
    }

    public Outcome rotateAndReencrypt() {
        clusterRefusal().ifPresent(refusal -> {
            throw new InvalidInputException(refusal);
        });
        try {
            var summary = rotation.rotate();
            return describe(reencryption.reencryptAll(), "Key " + summary.primaryKeyId() + " is the new primary key. ");
        } catch (KeysetRotationUnavailableException unavailable) {
            throw new InvalidInputException(unavailable.getMessage());
        }
    }

    public boolean canRotate() {
        return rotation.isAvailable() && clusterRefusal().isEmpty();
    }

    /**
     * Why the run-time rotation is refused although the keyset is a file: other instances would keep the old keyset
     * and could not read what this one encrypts with the new key.
     */
    public Optional<String> clusterRefusal() {
        int instances = cluster.runningInstances();
        return instances <= 1 ? Optional.empty() : Optional.of(instances + " portal instances are running: "
                + "a key rotated here would be unknown to the others, which could not read what this one encrypts. "
                + "Rotate in two phases instead: `java -jar <jar> keyset add FILE`, roll the keyset out to every "
                + "instance, then `keyset promote FILE` and roll it out again (docs/crypto.md).");
    }

    private static Outcome describe(CredentialsReencryption.ReencryptionResult result, String prefix) {
        return new Outcome(prefix + result.reencrypted() + " stored credentials re-encrypted under the primary key, "
                + result.current() + " already current" + (result.unreadable() > 0
                        ? ", " + result.unreadable() + " unreadable (their Admins must enter them again)." : "."));
    }
}

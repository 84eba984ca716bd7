package com.sendclean.portal.crypto;

import com.sendclean.portal.audit.AuditAction;
import com.sendclean.portal.audit.AuditEvent;
import com.sendclean.portal.audit.AuditLog;
import com.sendclean.portal.config.PortalProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Chooses the keyset, stopping the start when there is none: a portal that generated one on its own in production
 * would store credentials under a key nobody backed up.
 */
@Configuration(proxyBeanMethods = false)
class CryptoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(CryptoConfiguration.class);

    @Bean
    KeysetSource keysetSource(CryptoProperties crypto, PortalProperties portal) {
        if (crypto.hasKeyset() && crypto.keysetFile() != null) {
            throw new KeysetException("Both PORTAL_CRYPTO_KEYSET (portal.crypto.keyset) and portal.crypto.keyset-file "
                    + "(PORTAL_CRYPTO_KEYSETFILE) are set: set only one, so that it is clear which keyset is in use.");
        }
        if (crypto.hasKeyset()) {
            return new KeysetSource.FromProperty(crypto.keyset());
        }
        if (crypto.keysetFile() != null) {
            return new KeysetSource.FromFile(new KeysetFile(crypto.keysetFile()));
        }
        if (crypto.generateLocalKeyset()) {
            return new KeysetSource.FromFile(LocalKeyset.in(portal.dataDir().toAbsolutePath().normalize()));
        }
        throw KeysetException.missing();
    }

    @Bean
    SecretCipher secretCipher(KeysetSource source) {
        var cipher = new SecretCipher(source.load(), source.description());
        KeysetSummary summary = cipher.keysetSummary();
        log.info("Encrypting secrets with the keyset from {}: primary key {}, {} key(s) in all", source.description(),
                summary.primaryKeyId(), summary.keyIds().size());
        if (source instanceof KeysetSource.FromFile(KeysetFile file) && !file.isOwnerOnly()) {
            log.warn("{} is readable by other users than its owner; restrict it (chmod 600)", file.path());
        }
        return cipher;
    }

    @Bean
    KeysetRotation keysetRotation(KeysetSource source, SecretCipher cipher, ObjectProvider<AuditLog> auditLog) {
        // the audit trail records rotations where it exists (not in this configuration's own tests)
        return new KeysetRotation(source, cipher, summary -> auditLog.ifAvailable(audit -> audit.record(AuditEvent.success(
                AuditAction.KEYSET_ROTATED, null, "key " + summary.primaryKeyId())
                .withDetail(summary.keyIds().size() + " keys in all"))));
    }
}

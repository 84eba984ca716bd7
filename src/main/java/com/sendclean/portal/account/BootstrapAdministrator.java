package com.sendclean.portal.account;

import com.sendclean.portal.cluster.ClusterLock;
import com.sendclean.portal.security.PasswordPolicy;
import com.sendclean.portal.security.UserAccountRepository;
import com.sendclean.portal.config.PortalProperties;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * On the first start with an empty database, creates the first platform administrator so that someone can sign in.
 * A generated password goes to an owner-only file in the data directory, never to the log; the file is deleted once
 * the administrator has set a password of their own.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class BootstrapAdministrator implements ApplicationRunner {

    static final String PASSWORD_FILE = "bootstrap-admin-password.txt";
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final Logger log = LoggerFactory.getLogger(BootstrapAdministrator.class);

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final PortalProperties properties;
    private final PasswordPolicy passwordPolicy;
    private final ClusterLock lock;
    private final SecureRandom random = new SecureRandom();

    BootstrapAdministrator(UserAccountRepository accounts, PasswordEncoder passwordEncoder,
                           PortalProperties properties, PasswordPolicy passwordPolicy, ClusterLock lock) {
        this.lock = lock;
        this.accounts = accounts;
        this.passwordPolicy = passwordPolicy;
        this.passwordEncoder = passwordEncoder;
        this.properties = properties;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        // instances starting together on an empty database: the first creates the administrator, the others wait and see it
        lock.holdForTransaction("bootstrap-administrator");
        if (accounts.existsAny()) {
            return;
        }
        String username = properties.bootstrap().adminUsername();
        String configured = properties.bootstrap().adminPassword();
        if (configured != null && !configured.isBlank()) {
            passwordPolicy.check(username, configured).ifPresent(rule -> {
                throw new BootstrapPasswordRefusedException(rule);
            });
            boolean keep = properties.bootstrap().adminPasswordFinal();
            accounts.insert(username, passwordEncoder.encode(configured), true, !keep);
            log.info("Created the platform administrator '{}' with the password from portal.bootstrap.admin-password{}",
                    username, keep ? "" : "; it must be changed at the first sign-in");
            return;
        }
        String generated = generatePassword();
        Path file = writeOwnerOnly(properties.dataDir().toAbsolutePath().normalize().resolve(PASSWORD_FILE), generated);
        accounts.insert(username, passwordEncoder.encode(generated), true, true);
        log.warn("Created the platform administrator '{}'. Its one-time password is in {} (readable only by this "
                + "user); it must be changed at the first sign-in. Delete the file afterwards.", username, file);
    }

    /**
     * Once the administrator has replaced the generated password, the file holds a dead secret that only invites
     * confusion: it goes, and the log says so.
     */
    @TransactionalEventListener(fallbackExecution = true)
    void deletePasswordFileOnceChanged(OwnPasswordChanged changed) {
        if (!changed.username().equals(properties.bootstrap().adminUsername())) {
            return;
        }
        Path file = properties.dataDir().toAbsolutePath().normalize().resolve(PASSWORD_FILE);
        try {
            if (Files.deleteIfExists(file)) {
                log.info("Deleted {}: the platform administrator '{}' has set a new password", file, changed.username());
            }
        } catch (IOException e) {
            log.warn("Could not delete {} ({}); delete it by hand", file, e.getMessage());
        }
    }

    private String generatePassword() {
        var password = new StringBuilder();
        for (int i = 0; i < 24; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }

    private static Path writeOwnerOnly(Path file, String content) {
        try {
            Files.createDirectories(file.getParent());
            Files.deleteIfExists(file);
            try {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException notPosix) {
                Files.createFile(file);
            }
            Files.writeString(file, content + System.lineSeparator(), StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the bootstrap administrator's password file " + file, e);
        }
    }
}

package com.sendclean.portal.sandbox;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/** The SMTP-user calls of the sandbox API, for an owner already authenticated by the controller. */
@Service
@ConditionalOnSandboxEnabled
class SandboxSmtpUsers {

    /** Enough for an account with 500,000 of 990,000 names taken to find a free one with near certainty. */
    private static final int NAME_ATTEMPTS = 50;

    private static final Logger log = LoggerFactory.getLogger(SandboxSmtpUsers.class);

    private final SandboxRepository repository;
    private final SandboxSecrets secrets;

    SandboxSmtpUsers(SandboxRepository repository, SandboxSecrets secrets) {
        this.repository = repository;
        this.secrets = secrets;
    }

    List<SandboxSmtpUser> list(String ownerId) {
        return repository.listUsers(ownerId);
    }

    int count(String ownerId) {
        return repository.countUsers(ownerId);
    }

    SandboxSmtpUser add(String ownerId, int totalLimit, int hourlyLimit) {
        for (int attempt = 0; attempt < NAME_ATTEMPTS; attempt++) {
            SandboxSmtpUser user = new SandboxSmtpUser(ownerId, secrets.newName(), secrets.newPassword(),
                    SandboxSmtpStatus.ENABLE, totalLimit, hourlyLimit);
            // the insert skips a taken name, so a lost race with another call just tries another name
            if (repository.insertUser(user)) {
                log.debug("Sandbox account {} created SMTP user {}", ownerId, user.smtpUserName());
                return user;
            }
        }
        throw new IllegalStateException("no free SMTP user name found for sandbox account " + ownerId);
    }

    void edit(String ownerId, String smtpUserName, Integer totalLimit, Integer hourlyLimit, SandboxSmtpStatus status) {
        if (!repository.updateUser(ownerId, smtpUserName, totalLimit, hourlyLimit, status)) {
            throw new SandboxValidationException("SMTP user not found");
        }
        log.debug("Sandbox account {} updated SMTP user {}", ownerId, smtpUserName);
    }

    String resetPassword(String ownerId, String smtpUserName) {
        String password = secrets.newPassword();
        if (!repository.updatePassword(ownerId, smtpUserName, password)) {
            throw new SandboxValidationException("SMTP user not found");
        }
        log.debug("Sandbox account {} reset the password of SMTP user {}", ownerId, smtpUserName);
        return password;
    }
}

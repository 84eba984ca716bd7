package com.sendclean.portal.sandbox;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Sets up the sandbox from Java: its accounts, bulk SMTP users and fault switches. Used by the demo data, tests and
 * benchmarks; SendClean clients only ever see the HTTP API. Present only when the sandbox is enabled.
 */
@Service
@ConditionalOnSandboxEnabled
public class SandboxAccounts {

    /** Keeps random name picking quick: an account may use at most about half of the 990,000 possible names. */
    public static final int MAX_USERS_PER_ACCOUNT = 500_000;

    private static final Logger log = LoggerFactory.getLogger(SandboxAccounts.class);

    private final SandboxRepository repository;
    private final SandboxSecrets secrets;

    SandboxAccounts(SandboxRepository repository, SandboxSecrets secrets) {
        this.repository = repository;
        this.secrets = secrets;
    }

    /** Creates the account, or gives an existing one this token; its SMTP users and fault switches stay. */
    public void createAccount(String ownerId, String token) {
        requireText(ownerId, "ownerId", 64);
        requireText(token, "token", 128);
        repository.upsertAccount(ownerId, token);
        log.info("Sandbox account {} is ready", ownerId);
    }

    /**
     * Adds {@code count} SMTP users with unique random names and varied limits and statuses (every fifth is
     * disabled), in one statement, so that 10,000 take a few seconds at most.
     *
     * @return how many were added: {@code count} unless a concurrent call took some of the chosen names
     */
    public int seed(String ownerId, int count) {
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative");
        }
        requireAccount(ownerId);
        if (count == 0) {
            return 0;
        }
        Set<String> taken = repository.userNames(ownerId);
        if (taken.size() + count > MAX_USERS_PER_ACCOUNT) {
            throw new IllegalArgumentException("a sandbox account holds at most " + MAX_USERS_PER_ACCOUNT + " SMTP users");
        }
        Set<String> chosen = new HashSet<>();
        List<String> names = new ArrayList<>(count);
        List<String> passwords = new ArrayList<>(count);
        while (names.size() < count) {
            String name = secrets.newName();
            if (!taken.contains(name) && chosen.add(name)) {
                names.add(name);
                passwords.add(secrets.newPassword());
            }
        }
        int added = repository.insertSeededUsers(ownerId, names, passwords);
        log.info("Seeded {} SMTP users into sandbox account {}", added, ownerId);
        return added;
    }

    /** Switches the account's added latency and fault; they apply from its next call. */
    public void setFaults(String ownerId, SandboxFaults faults) {
        Objects.requireNonNull(faults, "faults");
        if (!repository.setFaults(ownerId, faults)) {
            throw new IllegalArgumentException("no sandbox account " + ownerId);
        }
        log.info("Sandbox account {} now answers with {}", ownerId, faults);
    }

    public void clearFaults(String ownerId) {
        setFaults(ownerId, SandboxFaults.none());
    }

    public SandboxFaults faults(String ownerId) {
        return requireAccount(ownerId).faults();
    }

    public boolean accountExists(String ownerId) {
        return repository.findAccount(ownerId).isPresent();
    }

    public int countUsers(String ownerId) {
        return repository.countUsers(ownerId);
    }

    public Optional<SandboxSmtpUser> findUser(String ownerId, String smtpUserName) {
        return repository.findUser(ownerId, smtpUserName);
    }

    /** The account's SMTP users by name, as listSmtp returns them. */
    public List<SandboxSmtpUser> listUsers(String ownerId) {
        return repository.listUsers(ownerId);
    }

    private SandboxAccount requireAccount(String ownerId) {
        return repository.findAccount(ownerId)
                .orElseThrow(() -> new IllegalArgumentException("no sandbox account " + ownerId));
    }

    private static void requireText(String value, String name, int maxLength) {
        if (value == null || value.isBlank() || value.length() > maxLength) {
            throw new IllegalArgumentException(name + " must have 1 to " + maxLength + " characters");
        }
    }
}

package com.sendclean.portal.credentials;

import com.sendclean.portal.audit.AuditAction;
import com.sendclean.portal.audit.AuditEvent;
import com.sendclean.portal.audit.AuditLog;
import com.sendclean.portal.crypto.SecretCipher;
import com.sendclean.portal.crypto.UnreadableSecretException;
import com.sendclean.portal.security.CurrentUser;
import com.sendclean.portal.security.StepUpService;
import com.sendclean.portal.sendclean.CredentialSource;
import com.sendclean.portal.sendclean.SendCleanAccount;
import com.sendclean.portal.sendclean.SendCleanClient;
import com.sendclean.portal.sendclean.SendCleanException;
import com.sendclean.portal.shared.InvalidInputException;
import com.sendclean.portal.tenant.TenantId;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A tenant's SendClean credentials: saved encrypted, shown only as "set, ending in ...", decrypted only inside the
 * call that needs them and never kept in a session or sent to a browser.
 */
@Service
public class CredentialsService {

    private static final Logger log = LoggerFactory.getLogger(CredentialsService.class);

    private final CredentialsRepository repository;
    private final SecretCipher cipher;
    private final SendCleanClient sendClean;
    private final CurrentUser currentUser;
    private final StepUpService stepUp;
    private final AuditLog auditLog;

    CredentialsService(CredentialsRepository repository, SecretCipher cipher, SendCleanClient sendClean,
                       CurrentUser currentUser, StepUpService stepUp, AuditLog auditLog) {
        this.auditLog = auditLog;
        this.repository = repository;
        this.cipher = cipher;
        this.sendClean = sendClean;
        this.currentUser = currentUser;
        this.stepUp = stepUp;
    }

    /** What the tenant's screens may say about its credentials. */
    @PreAuthorize("@tenantAccess.allows(#tenantId, 'VIEWER')")
    @Transactional(readOnly = true)
    public CredentialsStatus status(TenantId tenantId) {
        return repository.find(tenantId).map(this::statusOf).orElseGet(CredentialsStatus::none);
    }

    /**
     * Saves the credentials; a blank owner id or token keeps the stored one. Needs a sign-in or a password re-entry
     * within the step-up window.
     *
     * @throws InvalidInputException with field "ownerId", "token" or "appDomain"
     */
    @PreAuthorize("@tenantAccess.allows(#tenantId, 'ADMIN')")
    @Transactional
    public void save(TenantId tenantId, CredentialsInput input) {
        stepUp.requireFresh();
        String appDomain = validAppDomain(input.appDomain());
        Resolved values = resolve(tenantId, input);
        repository.save(new StoredCredentials(tenantId,
                cipher.encrypt(values.ownerId(), CredentialsFields.OWNER_ID.context(tenantId)),
                cipher.encrypt(values.token(), CredentialsFields.TOKEN.context(tenantId)),
                lastFour(values.ownerId()), lastFour(values.token()), appDomain, null, null), currentUser.require().id());
        log.info("SendClean credentials of tenant {} saved by user {}", tenantId, currentUser.require().id());
        // the app domain only: never the owner id or the token, not even their last characters
        auditLog.record(AuditEvent.success(AuditAction.CREDENTIALS_SAVED, tenantId.value(), appDomain));
    }

    /**
     * Calls listSmtp with what is typed, or with what is stored where nothing is typed. Typed credentials never
     * change the stored ones' "refused" mark.
     */
    @PreAuthorize("@tenantAccess.allows(#tenantId, 'ADMIN')")
    @Transactional
    public ConnectionTestResult testConnection(TenantId tenantId, CredentialsInput input) {
        String appDomain;
        Resolved values;
        try {
            appDomain = input.appDomain() == null || input.appDomain().isBlank()
                    ? repository.find(tenantId).map(StoredCredentials::appDomain).orElse(null)
                    : input.appDomain().strip();
            validAppDomain(appDomain);
            values = resolve(tenantId, input);
        } catch (InvalidInputException invalid) {
            // nothing typed is kept: the input was not valid, so it may be anything
            auditLog.record(AuditEvent.failure(AuditAction.CREDENTIALS_TESTED, tenantId.value(), null,
                    "INVALID_INPUT", invalid.getMessage()));
            return new ConnectionTestResult(ConnectionTestResult.Outcome.FAILED, invalid.getMessage());
        }
        boolean typed = input.hasOwnerId() || input.hasToken() || repository.find(tenantId)
                .map(stored -> !stored.appDomain().equalsIgnoreCase(appDomain)).orElse(true);
        var account = new SendCleanAccount(tenantId.toString(), appDomain, values.ownerId(), values.token(),
                typed ? CredentialSource.TYPED : CredentialSource.STORED);
        ConnectionTestResult result = callListSmtp(account);
        auditLog.record(result.outcome() == ConnectionTestResult.Outcome.WORKED
                ? AuditEvent.success(AuditAction.CREDENTIALS_TESTED, tenantId.value(), appDomain)
                        .withDetail(typed ? "typed credentials" : "stored credentials")
                : AuditEvent.failure(AuditAction.CREDENTIALS_TESTED, tenantId.value(), appDomain,
                        result.outcome().name(), result.message()));
        return result;
    }

    private ConnectionTestResult callListSmtp(SendCleanAccount account) {
        try {
            int count = sendClean.listSmtp(account).size();
            return new ConnectionTestResult(ConnectionTestResult.Outcome.WORKED,
                    "The connection works: SendClean lists " + count + (count == 1 ? " SMTP user." : " SMTP users."));
        } catch (SendCleanException.Authentication refused) {
            return new ConnectionTestResult(ConnectionTestResult.Outcome.REFUSED, refused.customerMessage() + ".");
        } catch (SendCleanException.Unreachable unreachable) {
            return new ConnectionTestResult(ConnectionTestResult.Outcome.UNREACHABLE, unreachable.customerMessage() + ".");
        } catch (SendCleanException other) {
            return new ConnectionTestResult(ConnectionTestResult.Outcome.FAILED, other.customerMessage());
        }
    }

    @PreAuthorize("@tenantAccess.allows(#tenantId, 'ADMIN')")
    @Transactional
    public boolean remove(TenantId tenantId) {
        stepUp.requireFresh();
        boolean removed = repository.delete(tenantId);
        if (removed) {
            log.info("SendClean credentials of tenant {} removed by user {}", tenantId, currentUser.require().id());
            auditLog.record(AuditEvent.success(AuditAction.CREDENTIALS_REMOVED, tenantId.value(), null));
        }
        return removed;
    }

    /**
     * Runs one piece of work with the tenant's decrypted credentials. The account exists only during the call.
     *
     * @throws CredentialsUnavailableException when none are stored or they cannot be decrypted
     */
    @PreAuthorize("@tenantAccess.allows(#tenantId, 'VIEWER')")
    public <T> T withStoredAccount(TenantId tenantId, Function<SendCleanAccount, T> work) {
        StoredCredentials stored = repository.find(tenantId)
                .orElseThrow(() -> new CredentialsUnavailableException(CredentialsStatus.State.NONE));
        SendCleanAccount account;
        try {
            account = new SendCleanAccount(tenantId.toString(), stored.appDomain(),
                    cipher.decrypt(stored.ownerIdEncrypted(), CredentialsFields.OWNER_ID.context(tenantId)),
                    cipher.decrypt(stored.tokenEncrypted(), CredentialsFields.TOKEN.context(tenantId)),
                    CredentialSource.STORED);
        } catch (UnreadableSecretException unreadable) {
            log.warn("Credentials of tenant {} cannot be decrypted ({})", tenantId, unreadable.reason());
            auditLog.record(AuditEvent.failure(AuditAction.CREDENTIALS_UNREADABLE, tenantId.value(),
                    stored.appDomain(), "UNREADABLE", "The stored credentials cannot be decrypted"));
            throw new CredentialsUnavailableException(CredentialsStatus.State.UNREADABLE);
        }
        return work.apply(account);
    }

    private CredentialsStatus statusOf(StoredCredentials stored) {
        CredentialsStatus.State state;
        try {
            cipher.decrypt(stored.ownerIdEncrypted(), CredentialsFields.OWNER_ID.context(stored.tenantId()));
            cipher.decrypt(stored.tokenEncrypted(), CredentialsFields.TOKEN.context(stored.tenantId()));
            state = stored.refusedAt() != null ? CredentialsStatus.State.REFUSED : CredentialsStatus.State.STORED;
        } catch (UnreadableSecretException unreadable) {
            state = CredentialsStatus.State.UNREADABLE;
        }
        return new CredentialsStatus(state, stored.appDomain(), stored.ownerIdLastFour(), stored.tokenLastFour(),
                stored.updatedAt());
    }

    private Resolved resolve(TenantId tenantId, CredentialsInput input) {
        Optional<StoredCredentials> stored = repository.find(tenantId);
        String ownerId = input.hasOwnerId() ? checked("ownerId", "owner ID", input.ownerId(), CredentialsInput.MAX_OWNER_ID_LENGTH)
                : stored.map(s -> storedValue(s, CredentialsFields.OWNER_ID, "ownerId", "owner ID")).orElseThrow(
                        () -> new InvalidInputException("ownerId", "Enter the owner ID."));
        String token = input.hasToken() ? checked("token", "API token", input.token(), CredentialsInput.MAX_TOKEN_LENGTH)
                : stored.map(s -> storedValue(s, CredentialsFields.TOKEN, "token", "API token")).orElseThrow(
                        () -> new InvalidInputException("token", "Enter the API token."));
        return new Resolved(ownerId, token);
    }

    private String storedValue(StoredCredentials stored, CredentialsFields field, String formField, String label) {
        try {
            return cipher.decrypt(field == CredentialsFields.OWNER_ID ? stored.ownerIdEncrypted() : stored.tokenEncrypted(),
                    field.context(stored.tenantId()));
        } catch (UnreadableSecretException unreadable) {
            throw new InvalidInputException(formField, "The stored " + label + " cannot be read; enter it again.");
        }
    }

    private static String checked(String field, String label, String value, int maxLength) {
        String clean = value.strip();
        if (clean.length() > maxLength) {
            throw new InvalidInputException(field, "The " + label + " is too long (at most " + maxLength + " characters).");
        }
        if (clean.chars().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))) {
            throw new InvalidInputException(field, "The " + label + " cannot contain spaces.");
        }
        return clean;
    }

    private String validAppDomain(String appDomain) {
        Optional<String> problem = sendClean.appDomainProblem(appDomain);
        if (problem.isPresent()) {
            throw new InvalidInputException("appDomain", problem.get());
        }
        return appDomain.strip().toLowerCase(java.util.Locale.ROOT);
    }

    private static String lastFour(String value) {
        return value.length() <= 4 ? "" : value.substring(value.length() - 4);
    }

    private record Resolved(String ownerId, String token) {
        @Override
        public String toString() {
            return "Resolved[***]";
        }
    }
}

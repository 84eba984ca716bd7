package com.sendclean.portal.credentials;

import com.sendclean.portal.audit.AuditAction;
import com.sendclean.portal.audit.AuditEvent;
import com.sendclean.portal.audit.AuditLog;
import com.sendclean.portal.crypto.SecretCipher;
import com.sendclean.portal.crypto.UnreadableSecretException;
import com.sendclean.portal.security.CurrentUser;
import com.sendclean.portal.stepup.StepUpService;
import com.sendclean.portal.sendclean.CredentialSource;
import com.sendclean.portal.sendclean.SendCleanAccount;
import com.sendclean.portal.sendclean.SendCleanClient;
import com.sendclean.portal.sendclean.SendCleanException;
import com.sendclean.portal.shared.InvalidInputException;
import com.sendclean.portal.tenant.TenantId;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
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

    /** Why a blank owner ID or token is refused for another app domain than the stored one; %s: the stored one. */
    public static final String RETYPE_FOR_OTHER_DOMAIN = "Enter the owner ID and the API token again for a new app "
            + "domain: the stored ones are only ever sent to %s.";

    private final CredentialsRepository repository;
    private final SecretCipher cipher;
    private final SendCleanClient sendClean;
    private final CurrentUser currentUser;
    private final StepUpService stepUp;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher events;

    CredentialsService(CredentialsRepository repository, SecretCipher cipher, SendCleanClient sendClean,
                       CurrentUser currentUser, StepUpService stepUp, AuditLog auditLog,
                       ApplicationEventPublisher events) {
        this.auditLog = auditLog;
        this.events = events;
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
     * Saves the credentials; a blank owner id or token keeps the stored one, but only for the stored app domain: the
     * stored secrets are never sent anywhere else. Needs a sign-in or a password re-entry within the step-up window.
     *
     * @throws InvalidInputException with a {@link CredentialsField}
     */
    @PreAuthorize("@tenantAccess.allows(#tenantId, 'ADMIN')")
    @Transactional
    public void save(TenantId tenantId, CredentialsInput input) {
        stepUp.requireFresh();
        String appDomain = validAppDomain(input.appDomain());
        Resolved values = resolve(tenantId, input, appDomain);
        // the app domain is bound into both ciphertexts: changed in the database, they no longer decrypt
        repository.save(new StoredCredentials(tenantId,
                cipher.encrypt(values.ownerId(), CredentialsFields.OWNER_ID.context(tenantId, appDomain)),
                cipher.encrypt(values.token(), CredentialsFields.TOKEN.context(tenantId, appDomain)),
                lastFour(values.ownerId()), lastFour(values.token()), appDomain, null, null,
                CredentialsFields.CURRENT_VERSION), currentUser.require().id());
        log.info("SendClean credentials of tenant {} saved by user {}", tenantId, currentUser.require().id());
        // the app domain only: never the owner id or the token, not even their last characters
        auditLog.record(AuditEvent.success(AuditAction.CREDENTIALS_SAVED, tenantId.value(), appDomain));
        events.publishEvent(new CredentialsChanged(tenantId));
    }

    /**
     * Calls listSmtp with what is typed, or with what is stored where nothing is typed, the stored values only ever
     * with the stored app domain. Needs a recent password entry like {@link #save}, since it can send the stored
     * secrets. Typed credentials never change the stored ones' "refused" mark.
     */
    @PreAuthorize("@tenantAccess.allows(#tenantId, 'ADMIN')")
    // no transaction: SendClean is never called while one is open (each write below commits on its own)
    public ConnectionTestResult testConnection(TenantId tenantId, CredentialsInput input) {
        stepUp.requireFresh();
        String appDomain;
        Resolved values;
        try {
            appDomain = validAppDomain(input.appDomain() == null || input.appDomain().isBlank()
                    ? repository.find(tenantId).map(StoredCredentials::appDomain).orElse(null)
                    : input.appDomain());
            values = resolve(tenantId, input, appDomain);
        } catch (InvalidInputException invalid) {
            // nothing typed is kept: the input was not valid, so it may be anything
            auditLog.record(AuditEvent.failure(AuditAction.CREDENTIALS_TESTED, tenantId.value(), null,
                    "INVALID_INPUT", invalid.getMessage()));
            return new ConnectionTestResult(ConnectionTestResult.Outcome.FAILED, invalid.getMessage(),
                    invalid instanceof SecretsRequiredException required ? required.fields()
                            : invalid.field(CredentialsField.class).map(Set::of).orElseGet(Set::of));
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
            events.publishEvent(new CredentialsChanged(tenantId));
        }
        return removed;
    }

    private CredentialsStatus statusOf(StoredCredentials stored) {
        CredentialsStatus.State state;
        try {
            decrypt(stored, CredentialsFields.OWNER_ID);
            decrypt(stored, CredentialsFields.TOKEN);
            state = stored.refusedAt() != null ? CredentialsStatus.State.REFUSED : CredentialsStatus.State.STORED;
        } catch (UnreadableSecretException unreadable) {
            state = CredentialsStatus.State.UNREADABLE;
        }
        return new CredentialsStatus(state, stored.appDomain(), stored.ownerIdLastFour(), stored.tokenLastFour(),
                stored.updatedAt());
    }

    /**
     * The owner id and token to use with the (normalised) app domain: typed ones, or stored ones where nothing is
     * typed, but stored ones only when the app domain is the stored one.
     */
    private Resolved resolve(TenantId tenantId, CredentialsInput input, String appDomain) {
        Optional<StoredCredentials> stored = repository.find(tenantId);
        if (stored.isPresent() && !stored.get().appDomain().equalsIgnoreCase(appDomain)
                && (!input.hasOwnerId() || !input.hasToken())) {
            Set<CredentialsField> missing = new LinkedHashSet<>();
            if (!input.hasOwnerId()) {
                missing.add(CredentialsField.OWNER_ID);
            }
            if (!input.hasToken()) {
                missing.add(CredentialsField.API_TOKEN);
            }
            throw new SecretsRequiredException(missing, RETYPE_FOR_OTHER_DOMAIN.formatted(stored.get().appDomain()));
        }
        String ownerId = input.hasOwnerId() ? checked(CredentialsField.OWNER_ID, "owner ID", input.ownerId(), CredentialsInput.MAX_OWNER_ID_LENGTH)
                : stored.map(s -> storedValue(s, CredentialsFields.OWNER_ID, CredentialsField.OWNER_ID, "owner ID")).orElseThrow(
                        () -> new InvalidInputException(CredentialsField.OWNER_ID, "Enter the owner ID."));
        String token = input.hasToken() ? checked(CredentialsField.API_TOKEN, "API token", input.token(), CredentialsInput.MAX_TOKEN_LENGTH)
                : stored.map(s -> storedValue(s, CredentialsFields.TOKEN, CredentialsField.API_TOKEN, "API token")).orElseThrow(
                        () -> new InvalidInputException(CredentialsField.API_TOKEN, "Enter the API token."));
        return new Resolved(ownerId, token);
    }

    private String storedValue(StoredCredentials stored, CredentialsFields field, CredentialsField formField, String label) {
        try {
            return decrypt(stored, field);
        } catch (UnreadableSecretException unreadable) {
            throw new InvalidInputException(formField, "The stored " + label + " cannot be read; enter it again.");
        }
    }

    private String decrypt(StoredCredentials stored, CredentialsFields field) {
        return cipher.decrypt(field.ciphertextOf(stored), field.contextOf(stored));
    }

    private static String checked(CredentialsField field, String label, String value, int maxLength) {
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
            throw new InvalidInputException(CredentialsField.APP_DOMAIN, problem.get());
        }
        return appDomain.strip().toLowerCase(Locale.ROOT);
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

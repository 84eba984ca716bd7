package com.sendclean.portal.smtpusers;

import com.sendclean.portal.audit.AuditAction;
import com.sendclean.portal.audit.AuditEvent;
import com.sendclean.portal.audit.AuditLog;
import com.sendclean.portal.credentials.CredentialsService;
import com.sendclean.portal.credentials.CredentialsUnavailableException;
import com.sendclean.portal.sendclean.SendCleanException;
import com.sendclean.portal.security.StepUpService;
import com.sendclean.portal.sendclean.SendCleanClient;
import com.sendclean.portal.sendclean.SmtpCredentials;
import com.sendclean.portal.sendclean.SmtpUser;
import com.sendclean.portal.sendclean.SmtpUserChange;
import com.sendclean.portal.sendclean.SmtpUserStatus;
import com.sendclean.portal.shared.InvalidInputException;
import com.sendclean.portal.tenant.TenantId;
import java.time.Instant;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * A tenant's SMTP users in SendClean. Everyone in the tenant reads them; OPERATORs and ADMINs change them and see
 * passwords. Each method checks tenant and role itself, whatever the screen allowed.
 */
@Service
public class SmtpUserService {

    public static final String LIMIT_RULE = "Enter a whole number from 1 to 2,147,483,647.";

    private final CredentialsService credentials;
    private final SendCleanClient sendClean;
    private final SmtpUserDirectory directory;
    private final StepUpService stepUp;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher events; // issue 16: SmtpUsersListed, SmtpUserAttempted

    SmtpUserService(CredentialsService credentials, SendCleanClient sendClean, SmtpUserDirectory directory,
                    StepUpService stepUp, AuditLog auditLog, ApplicationEventPublisher events) {
        this.auditLog = auditLog;
        this.events = events;
        this.credentials = credentials;
        this.sendClean = sendClean;
        this.directory = directory;
        this.stepUp = stepUp;
    }

    /** The tenant's SMTP users, from the shared copy unless {@code refresh} asks SendClean again. */
    @PreAuthorize("@tenantAccess.allows(#tenantId, 'VIEWER')")
    public SmtpUserSnapshot list(TenantId tenantId, boolean refresh) {
        return refresh ? directory.reload(tenantId, this::load) : directory.get(tenantId, this::load);
    }

    /** issue 16: the tenant's shared copy if one is held now, never a call to SendClean (the accounts overview). */
    @PreAuthorize("@tenantAccess.allows(#tenantId, 'VIEWER')")
    public java.util.Optional<SmtpUserSnapshot> peek(TenantId tenantId) {
        return directory.peek(tenantId);
    }

    /**
     * issue 16: the shared copy if one is held, for platform administrators' tenant list, who have no access to the
     * tenant itself: counts only, never a call to SendClean.
     */
    @PreAuthorize("hasRole('PLATFORM_ADMIN')")
    public java.util.Optional<SmtpUserCounts> sharedCounts(TenantId tenantId) {
        return directory.peek(tenantId).map(SmtpUserCounts::of);
    }

    /**
     * The SMTP user's password, to show (and copy) on request.
     *
     * @throws com.sendclean.portal.security.StepUpRequiredException unless the user typed their password recently
     */
    @PreAuthorize("@tenantAccess.allows(#tenantId, 'OPERATOR')")
    public String revealPassword(TenantId tenantId, String name) {
        stepUp.requireFresh();
        // never the password itself in the event
        return remote(AuditAction.SMTP_USER_PASSWORD_REVEALED, tenantId, name, () -> list(tenantId, false).find(name)
                .or(() -> list(tenantId, true).find(name))
                .map(SmtpUser::password)
                .orElseThrow(() -> new InvalidInputException("SendClean no longer lists " + name + ".")), null);
    }

    /** Records that the signed-in user copied an SMTP user's password shown to them (the dialog's Copy button). */
    @PreAuthorize("@tenantAccess.allows(#tenantId, 'OPERATOR')")
    public void passwordCopied(TenantId tenantId, String name) {
        auditLog.record(AuditEvent.success(AuditAction.SMTP_USER_PASSWORD_COPIED, tenantId.value(), name));
    }

    @PreAuthorize("@tenantAccess.allows(#tenantId, 'OPERATOR')")
    public void setEnabled(TenantId tenantId, String name, boolean enabled) {
        SmtpUserStatus status = enabled ? SmtpUserStatus.ENABLED : SmtpUserStatus.DISABLED;
        String before = directory.peek(tenantId, name).map(user -> user.status().name()).orElse("?");
        remote(AuditAction.SMTP_USER_STATUS_CHANGED, tenantId, name, () -> credentials.withStoredAccount(tenantId, account -> {
            sendClean.editSmtp(account, SmtpUserChange.status(name, status));
            return null;
        }), before + " -> " + status.name());
        directory.update(tenantId, name, user -> user.withStatus(status));
    }

    /**
     * Sets one limit and nothing else.
     *
     * @throws InvalidInputException before any call when the value is not a positive whole number that fits
     */
    @PreAuthorize("@tenantAccess.allows(#tenantId, 'OPERATOR')")
    public void changeLimit(TenantId tenantId, String name, LimitKind kind, Integer value) {
        int limit = validLimit(kind.label(), value);
        String before = directory.peek(tenantId, name)
                .map(user -> Integer.toString(kind == LimitKind.TOTAL ? user.totalLimit() : user.hourlyLimit()))
                .orElse("?");
        remote(AuditAction.SMTP_USER_LIMIT_CHANGED, tenantId, name, () -> credentials.withStoredAccount(tenantId, account -> {
            sendClean.editSmtp(account, kind == LimitKind.TOTAL
                    ? SmtpUserChange.totalLimit(name, limit) : SmtpUserChange.hourlyLimit(name, limit));
            return null;
        }), kind.label() + ": " + before + " -> " + limit);
        directory.update(tenantId, name, user -> kind == LimitKind.TOTAL
                ? user.withLimits(limit, user.hourlyLimit()) : user.withLimits(user.totalLimit(), limit));
    }

    /** Creates an SMTP user; the name and password are returned to be shown once. */
    @PreAuthorize("@tenantAccess.allows(#tenantId, 'OPERATOR')")
    public SmtpCredentials create(TenantId tenantId, Integer totalLimit, Integer hourlyLimit) {
        int total = validLimit("Total limit", totalLimit);
        int hourly = validLimit("Hourly limit", hourlyLimit);
        Instant attempted = Instant.now(); // issue 16
        try {
            SmtpCredentials created;
            try {
                created = credentials.withStoredAccount(tenantId, account -> sendClean.addSmtp(account, total, hourly));
            } catch (RuntimeException failure) {
                recordFailure(AuditAction.SMTP_USER_CREATED, tenantId, null, failure);
                throw failure;
            }
            events.publishEvent(new SmtpUserAttempted(tenantId, created.name(), attempted)); // issue 16
            auditLog.record(AuditEvent.success(AuditAction.SMTP_USER_CREATED, tenantId.value(), created.name())
                    .withDetail("Total limit " + total + ", hourly limit " + hourly));
            return created;
        } finally {
            // created, refused or unknown: the next read shows what SendClean holds now
            directory.forget(tenantId);
        }
    }

    /** Gives the SMTP user a new password, returned to be shown once. */
    @PreAuthorize("@tenantAccess.allows(#tenantId, 'OPERATOR')")
    public SmtpCredentials resetPassword(TenantId tenantId, String name) {
        try {
            SmtpCredentials reset = remote(AuditAction.SMTP_USER_PASSWORD_RESET, tenantId, name,
                    () -> credentials.withStoredAccount(tenantId, account -> sendClean.resetSmtpPassword(account, name)),
                    null);
            directory.update(tenantId, name, user -> user.withPassword(reset.password()));
            return reset;
        } catch (RuntimeException failure) {
            directory.forget(tenantId);
            throw failure;
        }
    }

    /** Runs a call to SendClean and records its outcome, success or failure, right after it. */
    private <T> T remote(AuditAction action, TenantId tenantId, String name, java.util.function.Supplier<T> call,
                         String detail) {
        T result;
        if (name != null) {
            events.publishEvent(new SmtpUserAttempted(tenantId, name, Instant.now())); // issue 16
        }
        try {
            result = call.get();
        } catch (RuntimeException failure) {
            recordFailure(action, tenantId, name, failure);
            throw failure;
        }
        auditLog.record(AuditEvent.success(action, tenantId.value(), name).withDetail(detail));
        return result;
    }

    private void recordFailure(AuditAction action, TenantId tenantId, String name, RuntimeException failure) {
        String kind;
        String message;
        if (failure instanceof SendCleanException sendCleanFailure) {
            kind = sendCleanFailure.kind().name();
            message = sendCleanFailure.customerMessage();
        } else if (failure instanceof CredentialsUnavailableException unavailable) {
            kind = "CREDENTIALS_" + unavailable.state().name();
            message = unavailable.getMessage();
        } else if (failure instanceof InvalidInputException invalid) {
            kind = "INVALID_INPUT";
            message = invalid.getMessage();
        } else {
            // an unexpected exception's message may say anything, so only its type is kept
            kind = "ERROR";
            message = failure.getClass().getSimpleName();
        }
        auditLog.record(AuditEvent.failure(action, tenantId.value(), name, kind, message));
    }

    static int validLimit(String label, Integer value) {
        if (value == null || value < 1) {
            throw new InvalidInputException(label, LIMIT_RULE);
        }
        return value;
    }

    private SmtpUserSnapshot load(TenantId tenantId) {
        Instant started = Instant.now();
        SmtpUserSnapshot snapshot = credentials.withStoredAccount(tenantId,
                account -> new SmtpUserSnapshot(sendClean.listSmtp(account), Instant.now()));
        // issue 16: the history compares each listing with the last one; the overview counts from it
        events.publishEvent(new SmtpUsersListed(tenantId, snapshot.query(null, SmtpUserSnapshot.SortKey.NAME, false).toList(),
                started));
        return snapshot;
    }
}

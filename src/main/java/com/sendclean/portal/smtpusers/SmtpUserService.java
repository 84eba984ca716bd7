package com.sendclean.portal.smtpusers;

import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import com.sendclean.portal.audit.AuditAction;
import com.sendclean.portal.audit.AuditEvent;
import com.sendclean.portal.audit.AuditLog;
import com.sendclean.portal.credentials.CredentialsUnavailableException;
import com.sendclean.portal.credentials.decrypted.DecryptedCredentials;
import com.sendclean.portal.sendclean.SendCleanException;
import com.sendclean.portal.security.CurrentUser;
import com.sendclean.portal.stepup.StepUpService;
import com.sendclean.portal.sendclean.SendCleanClient;
import com.sendclean.portal.sendclean.SmtpCredentials;
import com.sendclean.portal.sendclean.SmtpUser;
import com.sendclean.portal.sendclean.SmtpUserChange;
import com.sendclean.portal.sendclean.SmtpUserStatus;
import com.sendclean.portal.shared.InvalidInputException;
import com.sendclean.portal.tenant.TenantId;
import java.time.Instant;
import java.util.Optional;
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
    static final String NO_PASSWORD = "SendClean sent no password for this user.";
    static final String A_RELIST = "A re-list";

    /** Why nothing is sent about a name SendClean lists more than once. */
    public static String listedMoreThanOnce(String name) {
        return "SendClean lists " + name + " more than once, and its API addresses SMTP users by name only, so the "
                + "portal cannot tell which entry an action would reach; nothing was sent.";
    }

    private final DecryptedCredentials credentials;
    private final SendCleanClient sendClean;
    private final SmtpUserDirectory directory;
    private final StepUpService stepUp;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher events;
    private final CurrentUser currentUser;

    SmtpUserService(DecryptedCredentials credentials, SendCleanClient sendClean, SmtpUserDirectory directory,
                    StepUpService stepUp, AuditLog auditLog, ApplicationEventPublisher events, CurrentUser currentUser) {
        this.auditLog = auditLog;
        this.events = events;
        this.currentUser = currentUser;
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

    /** The tenant's shared copy if one is held now, never a call to SendClean (the accounts overview, an open screen). */
    @PreAuthorize("@tenantAccess.allows(#tenantId, 'VIEWER')")
    public Optional<SmtpUserSnapshot> findSharedCopy(TenantId tenantId) {
        return directory.current(tenantId);
    }

    /**
     * The tenant's shared copy if one is held now, never waiting for SendClean; when the copy is older than
     * {@code portal.smtp-users.refresh-after} it is listed again in the background (an open screen looks now and then).
     */
    @PreAuthorize("@tenantAccess.allows(#tenantId, 'VIEWER')")
    public Optional<SmtpUserSnapshot> findSharedCopyKeptFresh(TenantId tenantId) {
        return directory.currentRefreshing(tenantId, this::load);
    }

    /**
     * The tenant's SMTP users as a future: when another session's listing is under way, the caller joins it without
     * a thread waiting, so a tenant whose SendClean hangs holds one thread however many sessions open it.
     */
    @PreAuthorize("@tenantAccess.allows(#tenantId, 'VIEWER')")
    public CompletableFuture<SmtpUserSnapshot> listAsync(TenantId tenantId, boolean refresh) {
        return directory.getAsync(tenantId, refresh, this::load);
    }

    /**
     * The SMTP user's password, to show (and copy) on request.
     *
     * @throws com.sendclean.portal.stepup.StepUpRequiredException unless the user typed their password recently
     */
    @PreAuthorize("@tenantAccess.allows(#tenantId, 'OPERATOR')")
    public String revealPassword(TenantId tenantId, String name) {
        stepUp.requireFresh();
        requireUniqueName(tenantId, name);
        // never the password itself in the event
        return remote(AuditAction.SMTP_USER_PASSWORD_REVEALED, tenantId, name, () -> {
            SmtpUserSnapshot copy = list(tenantId, false);
            if (copy.find(name).isEmpty()) {
                copy = list(tenantId, true);
            }
            if (copy.isDuplicated(name)) {
                // the copy was loaded just now: which entry's password would be shown cannot be said either
                throw new InvalidInputException(listedMoreThanOnce(name));
            }
            SmtpUser user = copy.find(name)
                    .orElseThrow(() -> new InvalidInputException("SendClean no longer lists " + name + "."));
            if (user.password() == null || user.password().isEmpty()) {
                throw new InvalidInputException(NO_PASSWORD);
            }
            return user.password();
        }, null);
    }

    /** Records that the signed-in user copied an SMTP user's password shown to them (the dialog's Copy button). */
    @PreAuthorize("@tenantAccess.allows(#tenantId, 'OPERATOR')")
    public void passwordCopied(TenantId tenantId, String name) {
        auditLog.record(AuditEvent.success(AuditAction.SMTP_USER_PASSWORD_COPIED, tenantId.value(), name));
    }

    @PreAuthorize("@tenantAccess.allows(#tenantId, 'OPERATOR')")
    public void setEnabled(TenantId tenantId, String name, boolean enabled) {
        requireUniqueName(tenantId, name);
        SmtpUserStatus status = enabled ? SmtpUserStatus.ENABLED : SmtpUserStatus.DISABLED;
        String before = directory.peek(tenantId, name).map(user -> user.status().name()).orElse("?");
        remote(AuditAction.SMTP_USER_STATUS_CHANGED, tenantId, name, () -> credentials.withStoredAccount(tenantId, account -> {
            sendClean.editSmtp(account, SmtpUserChange.status(name, status));
            return null;
        }), before + " -> " + status.name());
        changed(tenantId, name, user -> user.withStatus(status), by -> SmtpUserChanged.Change.status(status, by));
    }

    /**
     * Sets one limit and nothing else.
     *
     * @throws InvalidInputException before any call when the value is not a positive whole number that fits
     */
    @PreAuthorize("@tenantAccess.allows(#tenantId, 'OPERATOR')")
    public void changeLimit(TenantId tenantId, String name, LimitKind kind, Integer value) {
        changeLimit(tenantId, name, kind, value, null);
    }

    /**
     * Sets one limit and nothing else, unless the shared copy no longer holds {@code basedOn}, the value the user saw
     * when they started editing: then nothing is sent (no extra SendClean call is made to find out).
     *
     * @param basedOn the value the edit started from; null to save whatever the copy holds
     * @throws StaleEditException when someone else, or a re-list, changed the value in between
     */
    @PreAuthorize("@tenantAccess.allows(#tenantId, 'OPERATOR')")
    public void changeLimit(TenantId tenantId, String name, LimitKind kind, Integer value, Integer basedOn) {
        int limit = validLimit(kind, value);
        requireUniqueName(tenantId, name);
        Optional<SmtpUser> shared = directory.peek(tenantId, name);
        if (basedOn != null && shared.isPresent() && kind.of(shared.get()) != basedOn && kind.of(shared.get()) != limit) {
            String by = directory.current(tenantId).flatMap(copy -> copy.lastChange(name))
                    .map(SmtpUserSnapshot.RowChange::by).filter(who -> who != null).orElse(A_RELIST);
            throw new StaleEditException(by, basedOn, kind.of(shared.get()), limit);
        }
        String before = shared.map(user -> Integer.toString(kind.of(user))).orElse("?");
        remote(AuditAction.SMTP_USER_LIMIT_CHANGED, tenantId, name, () -> credentials.withStoredAccount(tenantId, account -> {
            sendClean.editSmtp(account, kind.change(name, limit));
            return null;
        }), kind.label() + ": " + before + " -> " + limit);
        changed(tenantId, name, user -> kind.with(user, limit), by -> SmtpUserChanged.Change.limit(kind, limit, by));
    }

    /** Creates an SMTP user; the name and password are returned to be shown once. */
    @PreAuthorize("@tenantAccess.allows(#tenantId, 'OPERATOR')")
    public SmtpCredentials create(TenantId tenantId, Integer totalLimit, Integer hourlyLimit) {
        int total = validLimit(LimitKind.TOTAL, totalLimit);
        int hourly = validLimit(LimitKind.HOURLY, hourlyLimit);
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
            directory.forget(tenantId);
            // other instances drop their copies before any of their screens hears of the row (the bus keeps order)
            events.publishEvent(new SmtpUsersChanged(tenantId));
            // screens on the tenant do not hold this row, so they read the list again (one listing for all of them)
            events.publishEvent(new SmtpUserChanged(tenantId, created.name(), directory.nextVersion()));
            return created;
        } finally {
            // created, refused or unknown: the next read shows what SendClean holds now
            directory.forget(tenantId);
            events.publishEvent(new SmtpUsersChanged(tenantId));
        }
    }

    /** Gives the SMTP user a new password, returned to be shown once. */
    @PreAuthorize("@tenantAccess.allows(#tenantId, 'OPERATOR')")
    public SmtpCredentials resetPassword(TenantId tenantId, String name) {
        // the new password is shown in clear: a session left open must not be enough
        stepUp.requireFresh();
        requireUniqueName(tenantId, name);
        try {
            SmtpCredentials reset = remote(AuditAction.SMTP_USER_PASSWORD_RESET, tenantId, name,
                    () -> credentials.withStoredAccount(tenantId, account -> sendClean.resetSmtpPassword(account, name)),
                    null);
            // other instances list again: a password never travels through the bus
            changed(tenantId, name, user -> user.withPassword(reset.password()), by -> null);
            return reset;
        } catch (RuntimeException failure) {
            directory.forget(tenantId);
            throw failure;
        } finally {
            events.publishEvent(new SmtpUsersChanged(tenantId));
        }
    }

    /** Refuses, before any call, an action on a name the shared copy holds more than once. */
    private void requireUniqueName(TenantId tenantId, String name) {
        if (directory.current(tenantId).map(copy -> copy.isDuplicated(name)).orElse(false)) {
            throw new InvalidInputException(listedMoreThanOnce(name));
        }
    }

    /**
     * Applies a confirmed change to the shared copy and tells every screen on the tenant, on every instance, which row
     * changed: one notification (issue 18), which other instances apply to their own copies when it carries the value.
     */
    private void changed(TenantId tenantId, String name, UnaryOperator<SmtpUser> change,
                         Function<String, SmtpUserChanged.Change> elsewhere) {
        String by = currentUser.get().map(user -> user.getUsername()).orElse(null);
        long version = directory.update(tenantId, name, change, by);
        events.publishEvent(new SmtpUserChanged(tenantId, name, version, elsewhere.apply(by)));
    }

    /** Runs a call to SendClean and records its outcome, success or failure, right after it. */
    private <T> T remote(AuditAction action, TenantId tenantId, String name, Supplier<T> call,
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

    static int validLimit(LimitKind kind, Integer value) {
        if (value == null || value < 1) {
            throw new InvalidInputException(kind, LIMIT_RULE);
        }
        return value;
    }

    private SmtpUserSnapshot load(TenantId tenantId) {
        Instant started = Instant.now();
        SmtpUserSnapshot snapshot = credentials.withStoredAccount(tenantId,
                account -> new SmtpUserSnapshot(sendClean.listSmtpUsers(account), Instant.now()));
        // the history compares each listing with the last one (issue 16); published after SendClean answered. It keys
        // rows by name, so a name listed twice is compared by its first entry
        events.publishEvent(new SmtpUsersListed(tenantId, snapshot.query(null, SmtpUserSnapshot.SortKey.NAME, false)
                .filter(user -> user.occurrence() == 0).toList(), started));
        return snapshot;
    }
}

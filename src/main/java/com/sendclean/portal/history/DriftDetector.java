package com.sendclean.portal.history;

import com.sendclean.portal.audit.Actor;
import com.sendclean.portal.audit.AuditAction;
import com.sendclean.portal.audit.AuditEvent;
import com.sendclean.portal.audit.AuditLog;
import com.sendclean.portal.sendclean.SmtpUser;
import com.sendclean.portal.smtpusers.SmtpUserAttempted;
import com.sendclean.portal.smtpusers.SmtpUsersListed;
import com.sendclean.portal.tenant.TenantId;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Compares each listing of a tenant's SMTP users with the last one and records what changed outside the portal.
 * The first listing with newly saved credentials is a silent baseline; a portal attempt on a user (any outcome)
 * explains that user's next difference. Each row changes by compare-and-set in the same transaction as its audit
 * event, so sessions and instances seeing the same change record it once.
 */
@Component
class DriftDetector {

    /** The actor of events nobody in the portal caused. */
    static final Actor OUTSIDE = new Actor(null, "outside the portal");

    private static final Logger log = LoggerFactory.getLogger(DriftDetector.class);

    private final LastListedRepository repository;
    private final AuditLog auditLog;
    private final TransactionTemplate transactions;

    DriftDetector(LastListedRepository repository, AuditLog auditLog, TransactionTemplate transactions) {
        this.repository = repository;
        this.auditLog = auditLog;
        this.transactions = transactions;
    }

    @EventListener
    void attempted(SmtpUserAttempted attempt) {
        repository.markAttempt(attempt.tenantId(), attempt.name(), attempt.at());
    }

    @EventListener
    void listed(SmtpUsersListed listing) {
        try {
            compare(listing);
        } catch (RuntimeException failure) {
            // the listing itself succeeded; a failed comparison is tried again with the next one
            log.warn("Could not compare the SMTP users of tenant {} with their last listing", listing.tenantId(), failure);
        }
    }

    private void compare(SmtpUsersListed listing) {
        TenantId tenant = listing.tenantId();
        Optional<Instant> credentialsSaved = repository.credentialsSavedAt(tenant);
        if (credentialsSaved.isEmpty()) {
            return;
        }
        if (!repository.baselineOf(tenant).equals(credentialsSaved)) {
            transactions.executeWithoutResult(status -> {
                if (repository.claimBaseline(tenant, credentialsSaved.get(), listing.startedAt())) {
                    repository.replaceAll(tenant, listing.users());
                }
            });
            return;
        }
        if (!repository.advanceListing(tenant, listing.startedAt())) {
            return; // a newer listing was compared already
        }
        Map<String, ListedState> known = new HashMap<>(repository.findAll(tenant));
        for (SmtpUser user : listing.users()) {
            ListedState before = known.remove(user.name());
            if (before == null) {
                transactions.executeWithoutResult(status -> {
                    if (repository.insertIfAbsent(tenant, user)) {
                        record(tenant, user.name(), "New SMTP user: " + ListedState.describe(user));
                    }
                });
            } else if (!before.known() || !before.sameAs(user) || before.portalAttemptAt() != null) {
                boolean outside = before.portalAttemptAt() == null && !before.sameAs(user);
                transactions.executeWithoutResult(status -> {
                    if (repository.compareAndSet(tenant, before, user, listing.startedAt(), outside) && outside) {
                        record(tenant, user.name(), before.known() ? before.differences(user)
                                : "New SMTP user: " + ListedState.describe(user));
                    }
                });
            }
        }
        for (ListedState vanished : known.values()) {
            if (vanished.portalAttemptAt() != null && !vanished.portalAttemptAt().isBefore(listing.startedAt())) {
                continue; // e.g. created by the portal while this listing was under way
            }
            transactions.executeWithoutResult(status -> {
                if (repository.deleteIfUnchanged(tenant, vanished) && vanished.portalAttemptAt() == null
                        && vanished.known()) {
                    record(tenant, vanished.name(), "SMTP user no longer listed (was: " + vanished.describe() + ")");
                }
            });
        }
    }

    private void record(TenantId tenant, String name, String detail) {
        auditLog.record(AuditEvent.success(AuditAction.CHANGED_OUTSIDE_THE_PORTAL, tenant.value(), name)
                .withDetail(detail).by(OUTSIDE));
    }
}

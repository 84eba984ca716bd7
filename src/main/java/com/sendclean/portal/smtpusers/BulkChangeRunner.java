package com.sendclean.portal.smtpusers;

import com.sendclean.portal.audit.AuditAction;
import com.sendclean.portal.audit.AuditEvent;
import com.sendclean.portal.audit.AuditLog;
import com.sendclean.portal.sendclean.SmtpUser;
import com.sendclean.portal.shared.BoundedParallel;
import com.sendclean.portal.tenant.TenantId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Applies one change to many SMTP users of a tenant through {@link SmtpUserService}'s own change methods (so each
 * change is checked, sent through the same client with its retry and circuit breaker rules, and audited on its own),
 * at most {@code portal.smtp-users.bulk-concurrency} calls per tenant at a time however many bulk actions run. Users
 * already at the target are skipped without a call; cancelling stops those not started yet. One more audit event
 * records the bulk action with its counts. Blocks until done: call it off the UI thread.
 */
@Service
public class BulkChangeRunner {

    private final SmtpUserService smtpUsers;
    private final AuditLog auditLog;
    private final BoundedParallel parallel;
    private final int concurrency;
    private final Map<TenantId, Semaphore> perTenant = new ConcurrentHashMap<>();

    BulkChangeRunner(SmtpUserService smtpUsers, AuditLog auditLog, BoundedParallel parallel,
                     @Value("${portal.smtp-users.bulk-concurrency:4}") int concurrency) {
        this.smtpUsers = smtpUsers;
        this.auditLog = auditLog;
        this.parallel = parallel;
        this.concurrency = Math.max(1, concurrency);
    }

    @PreAuthorize("@tenantAccess.allows(#tenantId, 'OPERATOR')")
    public BulkProgress run(TenantId tenantId, List<String> names, BulkChange change, BooleanSupplier cancelled,
                            Consumer<BulkProgress> onProgress) {
        if (change.value() != null || change.kind() == BulkChange.Kind.TOTAL_LIMIT || change.kind() == BulkChange.Kind.HOURLY_LIMIT) {
            SmtpUserService.validLimit(change.kind() == BulkChange.Kind.TOTAL_LIMIT ? LimitKind.TOTAL : LimitKind.HOURLY, change.value());
        }
        List<String> unique = List.copyOf(new LinkedHashSet<>(names));
        SmtpUserSnapshot copy = smtpUsers.list(tenantId, false);
        List<String> toChange = new ArrayList<>();
        int skipped = 0;
        for (String name : unique) {
            // a name listed twice is never "already set": the service refuses it, and the failure says why
            if (!copy.isDuplicated(name) && copy.find(name).map(change::reachedBy).orElse(false)) {
                skipped++;
            } else {
                toChange.add(name);
            }
        }
        int requested = unique.size();
        int skippedCount = skipped;
        AtomicInteger done = new AtomicInteger();
        List<BulkProgress.Failure> failures = Collections.synchronizedList(new ArrayList<>());
        Semaphore tenantPermits = perTenant.computeIfAbsent(tenantId, id -> new Semaphore(concurrency));
        onProgress.accept(new BulkProgress(requested, 0, List.of(), skippedCount, 0, false));
        int started = parallel.run(toChange, concurrency, cancelled, name -> {
            tenantPermits.acquireUninterruptibly();
            try {
                apply(tenantId, name, change);
                done.incrementAndGet();
            } catch (RuntimeException failure) {
                failures.add(new BulkProgress.Failure(name, FailureMessages.of(failure)));
            } finally {
                tenantPermits.release();
            }
            return new BulkProgress(requested, done.get(), List.copyOf(failures), skippedCount, 0, false);
        }, onProgress);
        BulkProgress result = new BulkProgress(requested, done.get(), List.copyOf(failures), skippedCount,
                toChange.size() - started, true);
        auditLog.record(AuditEvent.success(AuditAction.SMTP_USERS_BULK_CHANGED, tenantId.value(), null)
                .withDetail(change.describe() + ": " + requested + " selected, " + result.done() + " done, "
                        + result.failed() + " failed, " + skippedCount + " already set, " + result.cancelled() + " cancelled"));
        onProgress.accept(result);
        return result;
    }

    private void apply(TenantId tenantId, String name, BulkChange change) {
        switch (change.kind()) {
            case ENABLE -> smtpUsers.setEnabled(tenantId, name, true);
            case DISABLE -> smtpUsers.setEnabled(tenantId, name, false);
            case TOTAL_LIMIT -> smtpUsers.changeLimit(tenantId, name, LimitKind.TOTAL, change.value());
            case HOURLY_LIMIT -> smtpUsers.changeLimit(tenantId, name, LimitKind.HOURLY, change.value());
        }
    }
}

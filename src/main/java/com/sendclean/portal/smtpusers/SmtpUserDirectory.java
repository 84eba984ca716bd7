package com.sendclean.portal.smtpusers;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.sendclean.portal.tenant.TenantId;
import java.time.Duration;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * One copy of each tenant's listSmtp result, shared by every session on that tenant for a short time. Concurrent
 * sessions opening the same tenant wait for one SendClean call instead of making one each. The portal's own changes
 * update the copy at once.
 */
@Component
class SmtpUserDirectory {

    private final Cache<TenantId, SmtpUserSnapshot> snapshots;

    SmtpUserDirectory(@Value("${portal.smtp-users.cache-ttl:30s}") Duration timeToLive) {
        this.snapshots = Caffeine.newBuilder()
                .expireAfterWrite(timeToLive)
                .maximumSize(10_000)
                .build();
    }

    SmtpUserSnapshot get(TenantId tenant, Function<TenantId, SmtpUserSnapshot> loader) {
        return snapshots.get(tenant, loader);
    }

    SmtpUserSnapshot reload(TenantId tenant, Function<TenantId, SmtpUserSnapshot> loader) {
        snapshots.invalidate(tenant);
        return snapshots.get(tenant, loader);
    }

    void update(TenantId tenant, String name, UnaryOperator<com.sendclean.portal.sendclean.SmtpUser> change) {
        snapshots.asMap().computeIfPresent(tenant, (key, snapshot) -> snapshot.with(name, change));
    }

    /** The user as the shared copy holds it, without asking SendClean; empty when no copy is held. */
    java.util.Optional<com.sendclean.portal.sendclean.SmtpUser> peek(TenantId tenant, String name) {
        SmtpUserSnapshot snapshot = snapshots.getIfPresent(tenant);
        return snapshot == null ? java.util.Optional.empty() : snapshot.find(name);
    }

    /** issue 16: the tenant's shared copy if one is held, without loading it. */
    java.util.Optional<SmtpUserSnapshot> peek(TenantId tenant) {
        return java.util.Optional.ofNullable(snapshots.getIfPresent(tenant));
    }

    void forget(TenantId tenant) {
        snapshots.invalidate(tenant);
    }
}

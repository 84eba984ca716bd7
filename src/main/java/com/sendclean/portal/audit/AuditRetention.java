package com.sendclean.portal.audit;

import com.sendclean.portal.cluster.ClusterLock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deletes events older than {@code portal.audit.retention-days}, once an hour (and a minute after start-up). Without
 * the setting nothing is ever deleted. This is the only delete the database lets through.
 */
@Component
public class AuditRetention {

    private static final Logger log = LoggerFactory.getLogger(AuditRetention.class);

    private final AuditRepository repository;
    private final AuditProperties properties;
    private final ClusterLock lock;

    AuditRetention(AuditRepository repository, AuditProperties properties, ClusterLock lock) {
        this.lock = lock;
        this.repository = repository;
        this.properties = properties;
    }

    @Scheduled(initialDelayString = "PT1M", fixedDelayString = "PT1H")
    @Transactional
    public int purge() {
        if (properties.keepsForever()) {
            return 0;
        }
        if (!lock.tryHoldForTransaction("audit-retention")) {
            // every instance ticks; the one that got the lock does the work
            return 0;
        }
        int deleted = repository.deleteOlderThan(Instant.now().minus(Duration.ofDays(properties.retentionDays())));
        if (deleted > 0) {
            log.info("Audit retention: deleted {} events older than {} days", deleted, properties.retentionDays());
        }
        return deleted;
    }
}

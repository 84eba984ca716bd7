package com.sendclean.portal.audit;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the audit trail ({@code portal.audit.*}).
 *
 * @param retentionDays events older than this many days are deleted by a daily job; unset or 0 keeps them forever
 */
@ConfigurationProperties("portal.audit")
public record AuditProperties(Integer retentionDays) {

    public boolean keepsForever() {
        return retentionDays == null || retentionDays <= 0;
    }
}

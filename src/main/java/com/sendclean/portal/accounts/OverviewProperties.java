package com.sendclean.portal.accounts;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The accounts overview's settings.
 *
 * @param refreshConcurrency how many accounts one overview (or one "Find SMTP user") loads from SendClean at the
 *                           same time ({@code portal.overview.refresh-concurrency}, default 4)
 */
@ConfigurationProperties("portal.overview")
record OverviewProperties(@DefaultValue("4") int refreshConcurrency) {

    OverviewProperties {
        if (refreshConcurrency < 1) {
            throw new IllegalArgumentException("portal.overview.refresh-concurrency must be at least 1");
        }
    }
}

package com.sendclean.portal.bench;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;

/**
 * Figure 6: opening the audit page until its first row (the newest event) shows, for a tenant with a million events
 * and for one with a handful, and the platform page over every tenant's events, by URL (a full page load).
 */
final class AuditFirstPage {

    record Samples(List<Double> small, List<Double> large, List<Double> platform) {}

    private final BenchBrowser browser;

    AuditFirstPage(BenchBrowser browser) {
        this.browser = browser;
    }

    Samples measure(BenchFixtures.SandboxTenant small, BenchFixtures.SandboxTenant large, String platformAdmin,
            String platformPassword, int runs) {
        var samples = new Samples(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        try (BrowserContext smallContext = browser.newContext(); BrowserContext largeContext = browser.newContext();
                BrowserContext platformContext = browser.newContext()) {
            Page smallPage = browser.signIn(smallContext, small.adminUsername());
            Page largePage = browser.signIn(largeContext, large.adminUsername());
            Page platformPage = browser.signIn(platformContext, platformAdmin, platformPassword);
            for (int run = 0; run < runs + 1; run++) {
                double smallMs = open(smallPage, "/t/" + small.slug() + "/audit");
                double largeMs = open(largePage, "/t/" + large.slug() + "/audit");
                double platformMs = open(platformPage, "/admin/audit");
                if (run > 0) {
                    samples.small().add(smallMs);
                    samples.large().add(largeMs);
                    samples.platform().add(platformMs);
                }
            }
        }
        return samples;
    }

    private double open(Page page, String path) {
        long start = System.nanoTime();
        page.navigate(browser.url(path));
        BenchBrowser.awaitCell(page, BenchFixtures.NEWEST_AUDIT_DETAIL);
        return BenchBrowser.millisSince(start);
    }
}

package com.sendclean.portal.bench;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleSupplier;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Figure 2: opening the SMTP users screen until the first rows show, for a 3-user and a 10,000-user tenant in the
 * same run, each from the drawer (as users open it) and by URL (a full page load); then scrolling to the end and
 * filtering the large one.
 */
final class LargeTenantScreen {

    record Samples(List<Double> smallFromDrawer, List<Double> largeFromDrawer, List<Double> smallByUrl,
            List<Double> largeByUrl, List<Double> scrollToEnd, List<Double> filter) {

        List<Double> drawerRatios() {
            return ratios(largeFromDrawer, smallFromDrawer);
        }

        List<Double> urlRatios() {
            return ratios(largeByUrl, smallByUrl);
        }

        private static List<Double> ratios(List<Double> large, List<Double> small) {
            List<Double> ratios = new ArrayList<>();
            for (int i = 0; i < large.size(); i++) {
                ratios.add(large.get(i) / small.get(i));
            }
            return ratios;
        }
    }

    private final BenchBrowser browser;

    LargeTenantScreen(BenchBrowser browser) {
        this.browser = browser;
    }

    Samples measure(BenchFixtures.SandboxTenant small, BenchFixtures.SandboxTenant large, int runs) {
        var samples = new Samples(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
                new ArrayList<>(), new ArrayList<>());
        for (int run = 0; run < runs + 1; run++) {
            try (BrowserContext smallContext = browser.newContext(); BrowserContext largeContext = browser.newContext()) {
                Page smallPage = browser.signIn(smallContext, small.adminUsername());
                Page largePage = browser.signIn(largeContext, large.adminUsername());
                // which tenant goes first alternates, so neither gains from the other having warmed anything up
                boolean smallFirst = run % 2 == 0;
                double[] drawer = inOrder(smallFirst, () -> fromDrawer(smallPage, small), () -> fromDrawer(largePage, large));
                double[] url = inOrder(smallFirst, () -> byUrl(smallPage, small), () -> byUrl(largePage, large));
                double smallDrawer = drawer[0];
                double largeDrawer = drawer[1];
                double smallUrl = url[0];
                double largeUrl = url[1];

                long start = System.nanoTime();
                largePage.evaluate("() => { const g = document.querySelector('vaadin-grid'); g.scrollToIndex(g.size - 1); }");
                BenchBrowser.awaitCell(largePage, large.lastName());
                double scroll = BenchBrowser.millisSince(start);

                start = System.nanoTime();
                largePage.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Search by name"))
                        .fill(large.lastName());
                assertThat(largePage.locator(".smtp-counts")).containsText("1 match the search");
                double filter = BenchBrowser.millisSince(start);

                if (run > 0) { // the first run warms up the JVM, Chromium and the shared copies
                    samples.smallFromDrawer().add(smallDrawer);
                    samples.largeFromDrawer().add(largeDrawer);
                    samples.smallByUrl().add(smallUrl);
                    samples.largeByUrl().add(largeUrl);
                    samples.scrollToEnd().add(scroll);
                    samples.filter().add(filter);
                }
            }
        }
        return samples;
    }

    /** Both timings, small tenant's first, taken in the given order. */
    private static double[] inOrder(boolean smallFirst, DoubleSupplier smallTiming, DoubleSupplier largeTiming) {
        double[] timings = new double[2];
        if (smallFirst) {
            timings[0] = smallTiming.getAsDouble();
            timings[1] = largeTiming.getAsDouble();
        } else {
            timings[1] = largeTiming.getAsDouble();
            timings[0] = smallTiming.getAsDouble();
        }
        return timings;
    }

    /** From the tenant's overview through the drawer, without reloading the page. */
    private double fromDrawer(Page page, BenchFixtures.SandboxTenant tenant) {
        page.navigate(browser.url("/t/" + tenant.slug()));
        Locator link = BenchBrowser.drawerItem(page, "SMTP users");
        long start = System.nanoTime();
        link.click();
        BenchBrowser.awaitCell(page, tenant.firstName());
        return BenchBrowser.millisSince(start);
    }

    private double byUrl(Page page, BenchFixtures.SandboxTenant tenant) {
        long start = System.nanoTime();
        page.navigate(browser.url("/t/" + tenant.slug() + "/smtp-users"));
        BenchBrowser.awaitCell(page, tenant.firstName());
        return BenchBrowser.millisSince(start);
    }
}

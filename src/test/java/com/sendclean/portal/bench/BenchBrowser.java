package com.sendclean.portal.bench;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.sendclean.portal.signin.LoginPage;
import com.sendclean.portal.support.TestTenants;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** Chromium sessions against the portal jar, signed in as a user sees it. */
final class BenchBrowser {

    private final Browser browser;
    private final String baseUrl;

    BenchBrowser(Browser browser, String baseUrl) {
        this.browser = browser;
        this.baseUrl = baseUrl;
    }

    BrowserContext newContext() {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
        context.setDefaultTimeout(30_000);
        return context;
    }

    /** Signs in and waits for the page sign-in leads to. */
    Page signIn(BrowserContext context, String username, String password) {
        Page page = context.newPage();
        new LoginPage(page).open(baseUrl).signIn(username, password);
        page.waitForURL(url -> !url.contains("/login"));
        return page;
    }

    Page signIn(BrowserContext context, String username) {
        return signIn(context, username, TestTenants.PASSWORD);
    }

    String url(String path) {
        return baseUrl + path;
    }

    static Locator cell(Page page, String text) {
        return page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText(text)).first();
    }

    static void awaitCell(Page page, String text) {
        assertThat(cell(page, text)).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(30_000));
    }

    /** The drawer's entry named {@code text}, once it is there to click. */
    static Locator drawerItem(Page page, String text) {
        Locator item = page.locator("vaadin-side-nav-item").filter(new Locator.FilterOptions().setHasText(text));
        item.waitFor();
        return item;
    }

    static double millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e6;
    }
}

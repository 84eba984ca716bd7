package com.sendclean.portal.support;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Base of the Playwright tests: the machine's Chromium, or one Playwright downloads (see {@link SharedBrowser}), a
 * fresh browser context per test, and a screenshot under target/screenshots when a test fails.
 */
@IntegrationTest
@ExtendWith(BrowserTest.ScreenshotOnFailure.class)
public abstract class BrowserTest {

    @LocalServerPort
    protected int port;

    protected BrowserContext browserContext;
    protected Page page;

    @BeforeEach
    void openBrowser() {
        browserContext = SharedBrowser.get().newContext(contextOptions());
        browserContext.setDefaultTimeout(20_000);
        // a shared build machine can take longer than Playwright's 5 s to answer; the actions wait 20 s, so do checks
        PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
        page = browserContext.newPage();
    }

    @AfterEach
    void closeBrowser() {
        if (browserContext != null) {
            browserContext.close();
        }
    }

    /** Viewport and input of the browser; tests for tablets override it. */
    protected Browser.NewContextOptions contextOptions() {
        return new Browser.NewContextOptions().setViewportSize(1280, 900);
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Fails on every serious or critical axe-core violation on the current page. */
    protected void assertAccessible() {
        // axe measures colours as they are on screen: a notification or overlay fading in has too little contrast.
        // Two frames first, so one added just now has started its animation; then until no finite animation runs
        // (the opening attribute alone let one CI run scan a notification mid fade-in)
        page.evaluate("() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))");
        page.waitForFunction("() => !document.querySelector('[opening], [closing]') && document.getAnimations()"
                + ".every(a => a.playState !== 'running' || a.effect?.getTiming().iterations === Infinity)");
        AxeResults results = new AxeBuilder(page).withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze();
        List<String> violations = results.getViolations().stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                .map(BrowserTest::describe)
                .toList();
        assertThat(violations).as("serious or critical accessibility violations on " + page.url()).isEmpty();
    }

    private static String describe(Rule rule) {
        return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
                + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).toList();
    }

    /**
     * One Chromium per test JVM: starting it is the slow part. A Chromium on the machine comes first
     * ({@code PLAYWRIGHT_CHROMIUM_EXECUTABLE}, else {@code /usr/bin/chromium}); without one Playwright downloads its
     * own, unless {@code PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD} says not to. When no browser can be had, every browser test
     * fails at once with one sentence that says what to install, instead of timing out one by one.
     */
    static final class SharedBrowser {

        static final String SYSTEM_CHROMIUM = "/usr/bin/chromium";
        static final String WHAT_TO_INSTALL = "install Chromium (Debian/Ubuntu: apt-get install chromium), or set "
                + "PLAYWRIGHT_CHROMIUM_EXECUTABLE to a Chromium, or let Playwright download its own browser "
                + "(internet access, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD unset)";
        private static final List<String> ARGS = List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run");

        private static Browser browser;
        private static String unavailable;

        static synchronized Browser get() {
            if (unavailable != null) {
                throw new IllegalStateException(unavailable);
            }
            if (browser == null) {
                try {
                    browser = launch(System.getenv());
                } catch (RuntimeException failure) {
                    unavailable = "The browser tests found no Chromium to run: " + WHAT_TO_INSTALL + " ("
                            + firstLine(failure.getMessage()) + ").";
                    throw new IllegalStateException(unavailable, failure);
                }
            }
            return browser;
        }

        /** The Chromium the tests use, by the rules above, for this environment. */
        static Optional<Path> installedChromium(Map<String, String> env) {
            return Optional.ofNullable(env.get("PLAYWRIGHT_CHROMIUM_EXECUTABLE"))
                    .filter(path -> !path.isBlank())
                    .map(Path::of)
                    .or(() -> Optional.of(Path.of(SYSTEM_CHROMIUM)).filter(Files::isExecutable));
        }

        static Browser launch(Map<String, String> env) {
            Optional<Path> installed = installedChromium(env);
            boolean skipDownload = installed.isPresent()
                    || Optional.ofNullable(env.get("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD")).filter(v -> !v.isBlank()
                            && !"0".equals(v) && !"false".equalsIgnoreCase(v)).isPresent();
            if (installed.isPresent() && !Files.isExecutable(installed.get())) {
                throw new IllegalStateException("PLAYWRIGHT_CHROMIUM_EXECUTABLE names " + installed.get()
                        + ", which is not an executable file");
            }
            if (installed.isEmpty() && skipDownload) {
                throw new IllegalStateException("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD forbids a download and there is no "
                        + SYSTEM_CHROMIUM);
            }
            Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                    .setEnv(skipDownload ? Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1") : Map.of()));
            Runtime.getRuntime().addShutdownHook(new Thread(playwright::close));
            var options = new BrowserType.LaunchOptions().setHeadless(true).setArgs(ARGS);
            installed.ifPresent(options::setExecutablePath);
            return playwright.chromium().launch(options);
        }

        private static String firstLine(String message) {
            return message == null ? "no reason given" : message.lines().findFirst().orElse("").strip();
        }
    }

    /** Keeps a picture of the page as the test saw it when it failed. */
    static final class ScreenshotOnFailure implements AfterTestExecutionCallback {

        // runs before @AfterEach closes the page
        @Override
        public void afterTestExecution(ExtensionContext context) {
            if (context.getExecutionException().isEmpty()) {
                return;
            }
            context.getTestInstance()
                    .filter(BrowserTest.class::isInstance)
                    .map(BrowserTest.class::cast)
                    .filter(test -> test.page != null && !test.page.isClosed())
                    .ifPresent(test -> {
                        try {
                            Path directory = Path.of("target", "screenshots");
                            Files.createDirectories(directory);
                            test.page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(
                                    directory.resolve(context.getRequiredTestClass().getSimpleName() + "-"
                                            + context.getRequiredTestMethod().getName() + ".png")));
                        } catch (Exception ignored) {
                            // a missing screenshot must not hide the real failure
                        }
                    });
        }
    }
}

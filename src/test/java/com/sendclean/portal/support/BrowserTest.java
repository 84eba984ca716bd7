package com.sendclean.portal.support;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
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
 * Base of the Playwright tests: the system Chromium (never a downloaded one), a fresh browser context per test, and a
 * screenshot under target/screenshots when a test fails.
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
        // axe measures colours as they are on screen: a notification or overlay fading in has too little contrast
        page.waitForFunction("() => !document.querySelector('[opening], [closing]')");
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

    /** One Chromium per test JVM: starting it is the slow part. */
    static final class SharedBrowser {

        private static Browser browser;

        static synchronized Browser get() {
            if (browser == null) {
                Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                        .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
                String executable = Optional.ofNullable(System.getenv("PLAYWRIGHT_CHROMIUM_EXECUTABLE"))
                        .filter(path -> !path.isBlank())
                        .orElse("/usr/bin/chromium");
                browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(Path.of(executable))
                        .setHeadless(true)
                        .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                                "--no-first-run")));
                Runtime.getRuntime().addShutdownHook(new Thread(playwright::close));
            }
            return browser;
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

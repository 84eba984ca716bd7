package com.sendclean.portal.support;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Which Chromium the browser tests use, and that a missing one stops them at once with what to do. */
class SharedBrowserTest {

    @Test
    void aConfiguredChromiumComesFirst() {
        assertThat(BrowserTest.SharedBrowser.installedChromium(Map.of("PLAYWRIGHT_CHROMIUM_EXECUTABLE", "/opt/chrome/chrome")))
                .contains(Path.of("/opt/chrome/chrome"));
    }

    @Test
    void aConfiguredChromiumThatDoesNotExistStopsAtOnceWithoutADownload() {
        assertThatThrownBy(() -> BrowserTest.SharedBrowser.launch(
                Map.of("PLAYWRIGHT_CHROMIUM_EXECUTABLE", "/nonexistent/chromium")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("/nonexistent/chromium");
    }
}

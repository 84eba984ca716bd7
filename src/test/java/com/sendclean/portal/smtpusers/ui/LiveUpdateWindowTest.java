package com.sendclean.portal.smtpusers.ui;

import java.time.Duration;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LiveUpdateWindowTest {

    private final LiveUpdateWindow window = LiveUpdateWindow.STANDARD;

    @Test
    void aScreenAloneOnItsTenantSeesOtherSessionsChangesWithinATenthOfASecond() {
        assertThat(window.forScreens(1)).isEqualTo(Duration.ofMillis(100));
        assertThat(window.forScreens(0)).isEqualTo(Duration.ofMillis(100));
    }

    @Test
    void theWindowWidensWithTheScreensOpenOnTheTenantSoTheirPushesStayNearAHundredASecond() {
        assertThat(window.forScreens(10)).isEqualTo(Duration.ofMillis(172));
        Duration hundredScreens = window.forScreens(100);
        assertThat(hundredScreens).isEqualTo(Duration.ofMillis(892));
        double pushesPerSecond = 100 / (hundredScreens.toMillis() / 1000.0);
        assertThat(pushesPerSecond).as("instead of 1,000 with a fixed 100 ms, 250 with 3 ms a screen").isLessThan(115);
    }

    @Test
    void noScreenWaitsLongerThanASecondHoweverManyAreOpen() {
        assertThat(window.forScreens(10_000)).isEqualTo(Duration.ofSeconds(1));
    }
}

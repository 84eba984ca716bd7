package com.sendclean.portal.security;

import java.time.Duration;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ThrottleDelaysTest {

    private final ThrottleDelays delays = new ThrottleDelays(Duration.ofMinutes(1), Duration.ofHours(1));

    @Test
    void noPauseBelowTheLimitThenAPauseThatDoublesUpToTheMaximum() {
        assertThat(delays.after(4, 5)).isZero();
        assertThat(delays.after(5, 5)).isEqualTo(Duration.ofMinutes(1));
        assertThat(delays.after(6, 5)).isEqualTo(Duration.ofMinutes(2));
        assertThat(delays.after(8, 5)).isEqualTo(Duration.ofMinutes(8));
        assertThat(delays.after(20, 5)).isEqualTo(Duration.ofHours(1));
        assertThat(delays.after(5000, 5)).isEqualTo(Duration.ofHours(1));
    }
}

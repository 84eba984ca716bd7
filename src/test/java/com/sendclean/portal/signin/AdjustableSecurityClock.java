package com.sendclean.portal.signin;

import com.sendclean.portal.security.SecurityClock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** The portal's security clock, moved forward by tests of session lifetime and step-up instead of waiting. */
public class AdjustableSecurityClock implements SecurityClock {

    private volatile Duration offset = Duration.ZERO;

    @Override
    public Instant now() {
        return Instant.now().plus(offset);
    }

    public void advance(Duration duration) {
        offset = offset.plus(duration);
    }

    public void reset() {
        offset = Duration.ZERO;
    }

    @TestConfiguration(proxyBeanMethods = false)
    public static class Config {

        @Bean
        @Primary
        AdjustableSecurityClock adjustableSecurityClock() {
            return new AdjustableSecurityClock();
        }
    }
}

package com.sendclean.portal.signin;

import java.time.Duration;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/**
 * The one application context for tests that need small throttle numbers or a clock they can move. Every test class
 * with this annotation shares it, so it starts once.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@TestPropertySource(properties = {
        "portal.security.throttle.max-failures=" + SmallSignInLimits.MAX_FAILURES,
        "portal.security.throttle.address-max-failures=" + SmallSignInLimits.ADDRESS_MAX_FAILURES,
        "portal.security.throttle.account-max-failures=" + SmallSignInLimits.ACCOUNT_MAX_FAILURES,
        "portal.security.throttle.max-delay=30m",
        "portal.security.throttle.initial-delay=10m"
})
@Import(AdjustableSecurityClock.Config.class)
public @interface SmallSignInLimits {

    int MAX_FAILURES = 3;
    int ADDRESS_MAX_FAILURES = 8;
    int ACCOUNT_MAX_FAILURES = 6;
    Duration MAX_DELAY = Duration.ofMinutes(30);
}

package com.sendclean.portal.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in and session security settings ({@code portal.security.*}); each has an environment-variable twin listed in
 * docs/sign-in-security.md.
 *
 * @param throttle how failed sign-ins slow further attempts
 * @param session limits of a signed-in session beyond the idle timeout
 * @param stepUpWindow how long a sign-in or password re-entry counts as recent for sensitive actions
 * @param contentSecurityPolicy the Content-Security-Policy header of every response
 */
@ConfigurationProperties("portal.security")
public record SignInSecurityProperties(
        @DefaultValue Throttle throttle,
        @DefaultValue Session session,
        @DefaultValue("15m") Duration stepUpWindow,
        @DefaultValue(DEFAULT_CSP) String contentSecurityPolicy) {

    /**
     * Vaadin Flow needs inline and eval'd scripts and inline styles; push needs WebSocket connections to the portal
     * itself, which {@code 'self'} covers (CSP level 3 matches ws: and wss: to the page's own host and port), so
     * connect-src names no other host or scheme; the QR code of the two-factor enrolment is a data: image.
     */
    public static final String DEFAULT_CSP = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; "
            + "connect-src 'self'; worker-src 'self' blob:; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    /**
     * @param maxFailures failures of one account name from one client address after which that pair is paused
     * @param window a quiet period without failures after which the count starts again
     * @param initialDelay the first pause; each further failure doubles it
     * @param maxDelay the longest pause
     * @param addressMaxFailures failures from one client address, across all account names, after which that
     *     address is paused the same way
     * @param accountMaxFailures failures of one account name from all addresses together after which the name is
     *     paused, never longer than {@code maxDelay} at a time: a ceiling against guessing spread over many addresses
     */
    public record Throttle(
            @DefaultValue("5") int maxFailures,
            @DefaultValue("15m") Duration window,
            @DefaultValue("1m") Duration initialDelay,
            @DefaultValue("1h") Duration maxDelay,
            @DefaultValue("30") int addressMaxFailures,
            @DefaultValue("50") int accountMaxFailures) {
    }

    /** @param maxLifetime how long a session may last from its start, however active it is */
    public record Session(@DefaultValue("12h") Duration maxLifetime) {
    }
}

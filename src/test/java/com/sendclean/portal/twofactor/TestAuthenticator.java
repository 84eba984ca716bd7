package com.sendclean.portal.twofactor;

import com.sendclean.portal.security.SecurityClock;

/**
 * An authenticator app for tests: it hands out codes of the time steps around now in increasing order, because the
 * portal refuses a step that was used before. Three codes per 30 seconds are enough for one test's sign-ins.
 */
public final class TestAuthenticator {

    private final String secret;
    private final SecurityClock clock;
    private final TotpAlgorithm totp = new TotpAlgorithm();
    private long lastStep = Long.MIN_VALUE;

    public TestAuthenticator(String secret, SecurityClock clock) {
        this.secret = secret;
        this.clock = clock;
    }

    public String nextCode() {
        long now = TotpAlgorithm.stepAt(clock.now());
        long step = Math.max(lastStep + 1, now - 1);
        if (step > now + 1) {
            throw new IllegalStateException("The test used every code of the current time window");
        }
        lastStep = step;
        return totp.codeFor(secret, step);
    }

    /** A code that the portal must refuse: valid once, already spent. */
    public String lastCode() {
        return totp.codeFor(secret, lastStep);
    }
}

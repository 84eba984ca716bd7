package com.sendclean.portal.security;

import java.time.Instant;

/**
 * The time that session lifetimes, step-up freshness and TOTP codes are measured against. A type of its own (not
 * {@link java.time.Clock}) so that tests can move it without touching anything else in the portal.
 */
@FunctionalInterface
public interface SecurityClock {

    Instant now();
}

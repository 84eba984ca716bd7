package com.sendclean.portal.history;

import java.time.Instant;

/** An SMTP user whose latest change, found by a re-list, was made outside the portal. */
public record OutsideChange(String name, Instant detectedAt) {
}

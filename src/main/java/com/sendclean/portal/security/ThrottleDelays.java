package com.sendclean.portal.security;

import java.time.Duration;

/** The pause after a failure: none below the limit, then the initial delay, doubled for each further failure. */
record ThrottleDelays(Duration initialDelay, Duration maxDelay) {

    Duration after(int failures, int limit) {
        if (failures < limit) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - limit, 30);
        Duration delay = initialDelay.multipliedBy(1L << doublings);
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }
}

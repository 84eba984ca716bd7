package com.sendclean.portal.smtpusers.ui;

import java.time.Duration;

/**
 * How long an open screen collects other sessions' changes before it shows them in one access to its UI, which is
 * one push. Every open screen of a tenant shows every change to it, so live updates cost about screens × screens:
 * 100 screens of one tenant, each pushing every 100 ms, were 1,000 session locks and pushes a second on one instance,
 * a third of its CPU in figure 8. The window therefore widens with the screens the tenant has open on this instance:
 * one screen alone still sees a change within {@code shortest}, and the pushes of a tenant's screens stay near
 * {@code 1 / perOtherScreen} a second however many are open, until the window reaches {@code longest}.
 */
record LiveUpdateWindow(Duration shortest, Duration perOtherScreen, Duration longest) {

    /**
     * 100 ms for one screen, 172 ms for 10, 892 ms for 100 (about 112 pushes a second), at most 1 s (issue 17: within
     * 2 s). 3 ms per other screen (397 ms, 250 pushes a second for 100) until 30 November: a push costs the same
     * whether it carries one change or forty, and at 250 a second per instance they were a fixed load of about half a
     * core in figure 8 whatever the sessions' pace (decision 0016).
     */
    static final LiveUpdateWindow STANDARD =
            new LiveUpdateWindow(Duration.ofMillis(100), Duration.ofMillis(8), Duration.ofSeconds(1));

    Duration forScreens(int screens) {
        Duration widened = shortest.plus(perOtherScreen.multipliedBy(Math.max(0, screens - 1)));
        return widened.compareTo(longest) > 0 ? longest : widened;
    }
}

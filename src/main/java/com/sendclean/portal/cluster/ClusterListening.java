package com.sendclean.portal.cluster;

import java.util.OptionalLong;

/**
 * Whether this instance hears the other instances' events now, and in which unbroken stretch of listening. A cache
 * that relies on those events to drop what another instance changed may keep a value only while it was read in the
 * current stretch: while the notification connection is down, and across a reconnection, a change may have gone
 * unheard (issue 18: cached checks "never while cross-instance notification is down").
 */
public interface ClusterListening {

    /**
     * The current stretch of listening, a number that changes whenever the connection is lost or re-established;
     * empty while this instance does not listen, when a cache must read through.
     */
    OptionalLong stretch();
}

package com.sendclean.portal.cluster;

/**
 * What a listener of a {@link ClusterEvent} may ask about the event it is handling: whether another instance made the
 * change, so that only that instance's copies are stale and this one's, already updated, stay as they are.
 */
public interface ClusterEvents {

    /** True while this thread publishes an event that came from another portal instance. */
    boolean isFromAnotherInstance();
}

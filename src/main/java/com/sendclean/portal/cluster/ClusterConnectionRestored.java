package com.sendclean.portal.cluster;

/**
 * Published locally when the notification connection is back after it was lost. Events sent meanwhile were missed,
 * so every cache that other instances keep coherent must treat all it holds as stale.
 */
public record ClusterConnectionRestored() {
}

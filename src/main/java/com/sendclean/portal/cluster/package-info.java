/**
 * Several portal instances on one PostgreSQL: the LISTEN/NOTIFY event bus that forwards {@link
 * com.sendclean.portal.cluster.ClusterEvent}s to the other instances, cluster-wide advisory locks for work that must
 * run once, and the count of running instances. A foundation module: it knows no feature.
 */
@ApplicationModule(displayName = "Cluster", allowedDependencies = {})
package com.sendclean.portal.cluster;

import org.springframework.modulith.ApplicationModule;

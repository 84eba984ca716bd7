package com.sendclean.portal.tenant;

import com.sendclean.portal.cluster.ClusterEvent;

/**
 * Who may do what in a tenant changed: a membership was added, changed or removed, or the tenant was deactivated or
 * activated. Every instance drops the membership checks it keeps, so the next check reads the database. Names the
 * tenant by id only.
 */
public record TenantAccessChanged(TenantId tenant) implements ClusterEvent {}

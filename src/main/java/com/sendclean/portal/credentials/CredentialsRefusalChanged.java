package com.sendclean.portal.credentials;

import com.sendclean.portal.cluster.ClusterEvent;
import com.sendclean.portal.tenant.TenantId;

/**
 * The "refused" mark of a tenant's stored credentials was set or cleared. Other instances drop the row they keep for
 * calls ({@code StoredCredentialsCache}), so that their next accepted call sees the mark and clears it. Carries no
 * secret; sent only when the mark changes, never after an ordinary call.
 */
public record CredentialsRefusalChanged(TenantId tenantId) implements ClusterEvent {}

package com.sendclean.portal.credentials;

import com.sendclean.portal.cluster.ClusterEvent;
import com.sendclean.portal.tenant.TenantId;

/**
 * A tenant's stored SendClean credentials were saved or removed: whatever was read from SendClean with the previous
 * ones (SMTP users and their passwords) belongs to an account the tenant may no longer own and must be forgotten.
 * Published inside the saving transaction; carries no secret, so the cluster bus forwards it to the other instances, whose copies go too.
 */
public record CredentialsChanged(TenantId tenantId) implements ClusterEvent {}

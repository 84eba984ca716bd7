package com.sendclean.portal.credentials;

import com.sendclean.portal.tenant.TenantId;

/**
 * A tenant's stored SendClean credentials were saved or removed: whatever was read from SendClean with the previous
 * ones (SMTP users and their passwords) belongs to an account the tenant may no longer own and must be forgotten.
 * Published inside the saving transaction; carries no secret, so a cluster bus may forward it to other instances.
 */
public record CredentialsChanged(TenantId tenantId) {}

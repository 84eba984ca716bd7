package com.sendclean.portal.sendclean;

/**
 * Told when SendClean refused or accepted a tenant's stored credentials, so that the feature owning them can mark
 * them without this package knowing that feature. Calls with typed, unsaved credentials never reach it.
 */
public interface SendCleanAuthenticationListener {

    void storedCredentialsRefused(String tenantKey);

    void storedCredentialsAccepted(String tenantKey);
}

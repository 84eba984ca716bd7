package com.sendclean.portal.sendclean;

import java.util.Objects;

/**
 * One tenant's SendClean credentials for one call. Built right before the call from decrypted values and dropped
 * after it; never cached, logged or sent to a browser.
 *
 * @param tenantKey identifies the tenant for its circuit breaker and for the refusal listener; never a secret
 * @param appDomain the tenant's "SendCleanTES APP DOMAIN", a plain host name
 * @param ownerId SendClean's owner id
 * @param token the API token
 * @param source whether these are the stored credentials or typed ones being tested
 * @param markedRefused whether the stored credentials carried the "refused" mark when loaded: only then does an
 *        accepted call clear it, so the usual call writes nothing (issue 18); true when unknown
 */
public record SendCleanAccount(String tenantKey, String appDomain, String ownerId, String token, CredentialSource source,
                               boolean markedRefused) {

    /** Credentials whose refusal mark is unknown: an accepted call clears any mark. */
    public SendCleanAccount(String tenantKey, String appDomain, String ownerId, String token, CredentialSource source) {
        this(tenantKey, appDomain, ownerId, token, source, true);
    }

    public SendCleanAccount {
        Objects.requireNonNull(tenantKey, "tenantKey");
        Objects.requireNonNull(source, "source");
    }

    /** Redacts the owner id and token, so that no log line or exception can carry them. */
    @Override
    public String toString() {
        return "SendCleanAccount[tenantKey=" + tenantKey + ", appDomain=" + appDomain + ", ownerId=***, token=***, source="
                + source + ", markedRefused=" + markedRefused + "]";
    }
}

package com.sendclean.portal.credentials;

import java.time.Instant;

/**
 * What a tenant's screens may know about its credentials without seeing them.
 *
 * @param state whether credentials are stored and usable
 * @param appDomain the stored app domain (not a secret), or null
 * @param ownerIdLastFour the last four characters of the stored owner id, or null
 * @param tokenLastFour the last four characters of the stored token, or null
 * @param updatedAt when they were last saved, or null
 */
public record CredentialsStatus(State state, String appDomain, String ownerIdLastFour, String tokenLastFour,
                                Instant updatedAt) {

    public enum State {
        /** Nothing stored yet. */
        NONE,
        /** Stored and not refused so far. */
        STORED,
        /** SendClean refused them on the last call. */
        REFUSED,
        /** Stored but cannot be decrypted (lost or wrong keyset): an ADMIN must enter them again. */
        UNREADABLE
    }

    static CredentialsStatus none() {
        return new CredentialsStatus(State.NONE, null, null, null, null);
    }

    public boolean isStored() {
        return state != State.NONE;
    }
}

package com.sendclean.portal.security;

import java.time.Instant;

/**
 * A complete sign-in: password and, where needed, the second factor. {@code passwordConfirmedAt} is the last time the
 * user typed their password (at sign-in or in a step-up), which sensitive actions check.
 */
public final class PortalAuthentication extends SessionBoundAuthentication {

    private final PortalUser user;
    private final Instant passwordConfirmedAt;

    public PortalAuthentication(PortalUser user, Instant signedInAt, Instant passwordConfirmedAt, int sessionEpoch) {
        super(user.getAuthorities(), signedInAt, sessionEpoch);
        this.user = user;
        this.passwordConfirmedAt = passwordConfirmedAt;
    }

    public PortalAuthentication withPasswordConfirmedAt(Instant confirmedAt) {
        return new PortalAuthentication(user, signedInAt(), confirmedAt, sessionEpoch());
    }

    public PortalAuthentication withSessionEpoch(int epoch) {
        return new PortalAuthentication(user, signedInAt(), passwordConfirmedAt, epoch);
    }

    @Override
    public PortalUser getPrincipal() {
        return user;
    }

    @Override
    public UserId userId() {
        return user.id();
    }

    public Instant passwordConfirmedAt() {
        return passwordConfirmedAt;
    }

    @Override
    public boolean equals(Object other) {
        return super.equals(other) && passwordConfirmedAt.equals(((PortalAuthentication) other).passwordConfirmedAt);
    }

    @Override
    public int hashCode() {
        return super.hashCode();
    }
}

package com.sendclean.portal.security;

import java.time.Instant;
import org.springframework.security.authentication.AbstractAuthenticationToken;

/**
 * A complete sign-in: password and, where needed, the second factor. {@code passwordConfirmedAt} is the last time the
 * user typed their password (at sign-in or in a step-up), which sensitive actions check.
 */
final class PortalAuthentication extends AbstractAuthenticationToken implements SessionBoundAuthentication {

    private final PortalUser user;
    private final Instant signedInAt;
    private final Instant passwordConfirmedAt;
    private final int sessionEpoch;

    PortalAuthentication(PortalUser user, Instant signedInAt, Instant passwordConfirmedAt, int sessionEpoch) {
        super(user.getAuthorities());
        this.user = user;
        this.signedInAt = signedInAt;
        this.passwordConfirmedAt = passwordConfirmedAt;
        this.sessionEpoch = sessionEpoch;
        super.setAuthenticated(true);
    }

    PortalAuthentication withPasswordConfirmedAt(Instant confirmedAt) {
        return new PortalAuthentication(user, signedInAt, confirmedAt, sessionEpoch);
    }

    PortalAuthentication withSessionEpoch(int epoch) {
        return new PortalAuthentication(user, signedInAt, passwordConfirmedAt, epoch);
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public PortalUser getPrincipal() {
        return user;
    }

    @Override
    public UserId userId() {
        return user.id();
    }

    @Override
    public Instant signedInAt() {
        return signedInAt;
    }

    Instant passwordConfirmedAt() {
        return passwordConfirmedAt;
    }

    @Override
    public int sessionEpoch() {
        return sessionEpoch;
    }

    @Override
    public void setAuthenticated(boolean authenticated) {
        if (authenticated) {
            throw new IllegalArgumentException("Only the portal's sign-in creates authenticated tokens");
        }
        super.setAuthenticated(false);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PortalAuthentication that && super.equals(that) && signedInAt.equals(that.signedInAt)
                && passwordConfirmedAt.equals(that.passwordConfirmedAt) && sessionEpoch == that.sessionEpoch;
    }

    @Override
    public int hashCode() {
        return super.hashCode() ^ sessionEpoch;
    }
}

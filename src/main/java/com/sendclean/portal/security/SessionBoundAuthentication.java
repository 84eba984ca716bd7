package com.sendclean.portal.security;

import java.time.Instant;
import java.util.Collection;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;

/**
 * An authentication made by the portal's own sign-in. It remembers when the sign-in happened and the account's
 * session epoch at that moment, which {@link SessionValidityFilter} compares on every request. Only the sign-in
 * creates these, already authenticated; nothing may mark one authenticated afterwards.
 */
abstract sealed class SessionBoundAuthentication extends AbstractAuthenticationToken
        permits PortalAuthentication, TwoFactorPendingAuthentication {

    private final Instant signedInAt;
    private final int sessionEpoch;

    public SessionBoundAuthentication(Collection<? extends GrantedAuthority> authorities, Instant signedInAt, int sessionEpoch) {
        super(authorities);
        this.signedInAt = signedInAt;
        this.sessionEpoch = sessionEpoch;
        super.setAuthenticated(true);
    }

    public abstract UserId userId();

    public Instant signedInAt() {
        return signedInAt;
    }

    public int sessionEpoch() {
        return sessionEpoch;
    }

    @Override
    public Object getCredentials() {
        return null;
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
        return other instanceof SessionBoundAuthentication that && getClass() == that.getClass() && super.equals(that)
                && signedInAt.equals(that.signedInAt) && sessionEpoch == that.sessionEpoch;
    }

    @Override
    public int hashCode() {
        return super.hashCode() ^ sessionEpoch;
    }
}

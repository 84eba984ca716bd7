package com.sendclean.portal.security;

import java.time.Instant;
import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * After a correct password, before the second factor. Its only authority is {@link Roles#TWO_FACTOR_PENDING}: no
 * role check passes, and its principal is no {@link PortalUser}, so services find no signed-in user.
 */
final class TwoFactorPendingAuthentication extends AbstractAuthenticationToken implements SessionBoundAuthentication {

    private final PendingSignIn pending;
    private final Instant signedInAt;
    private final int sessionEpoch;

    TwoFactorPendingAuthentication(PendingSignIn pending, Instant signedInAt, int sessionEpoch) {
        super(List.of(new SimpleGrantedAuthority("ROLE_" + Roles.TWO_FACTOR_PENDING)));
        this.pending = pending;
        this.signedInAt = signedInAt;
        this.sessionEpoch = sessionEpoch;
        super.setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public PendingSignIn getPrincipal() {
        return pending;
    }

    @Override
    public UserId userId() {
        return pending.id();
    }

    @Override
    public Instant signedInAt() {
        return signedInAt;
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
        return other instanceof TwoFactorPendingAuthentication that && super.equals(that)
                && signedInAt.equals(that.signedInAt) && sessionEpoch == that.sessionEpoch;
    }

    @Override
    public int hashCode() {
        return super.hashCode() ^ sessionEpoch;
    }
}

package com.sendclean.portal.security;

import java.time.Instant;
import java.util.List;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * After a correct password, before the second factor. Its only authority is {@link Roles#TWO_FACTOR_PENDING}: no
 * role check passes, and its principal is no {@link PortalUser}, so services find no signed-in user.
 */
public final class TwoFactorPendingAuthentication extends SessionBoundAuthentication {

    private final PendingSignIn pending;

    public TwoFactorPendingAuthentication(PendingSignIn pending, Instant signedInAt, int sessionEpoch) {
        super(List.of(new SimpleGrantedAuthority("ROLE_" + Roles.TWO_FACTOR_PENDING)), signedInAt, sessionEpoch);
        this.pending = pending;
    }

    @Override
    public PendingSignIn getPrincipal() {
        return pending;
    }

    @Override
    public UserId userId() {
        return pending.id();
    }
}

package com.sendclean.portal.security;

import java.io.Serializable;
import java.security.Principal;

/**
 * Who is half-way through signing in: the password was right, the second factor is still missing. Deliberately not a
 * {@link PortalUser}, so that {@link CurrentUser} and every service that relies on it see nobody.
 */
public record PendingSignIn(UserId id, String username) implements Principal, Serializable {

    @Override
    public String getName() {
        return username;
    }
}

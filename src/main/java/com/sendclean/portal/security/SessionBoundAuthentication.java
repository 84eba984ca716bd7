package com.sendclean.portal.security;

import java.time.Instant;
import org.springframework.security.core.Authentication;

/**
 * An authentication made by the portal's own sign-in. It remembers when the sign-in happened and the account's
 * session epoch at that moment, which {@link SessionValidityFilter} compares on every request.
 */
interface SessionBoundAuthentication extends Authentication {

    UserId userId();

    Instant signedInAt();

    int sessionEpoch();
}

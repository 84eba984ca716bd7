package com.sendclean.portal.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a signed-in session on any request, page loads and Vaadin's UIDL and push requests alike, once it is older
 * than the absolute lifetime, or when its account was deactivated or raised its session epoch (password changed or
 * reset) since it signed in. The epoch lives in PostgreSQL, so this holds across portal instances.
 */
public final class SessionValidityFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(SessionValidityFilter.class);

    private final AccountSecurityRepository accounts;
    private final SecurityContextHolderStrategy strategy;
    private final SecurityClock clock;
    private final Duration maxLifetime;

    public SessionValidityFilter(AccountSecurityRepository accounts, SecurityContextHolderStrategy strategy,
                          SecurityClock clock, Duration maxLifetime) {
        this.accounts = accounts;
        this.strategy = strategy;
        this.clock = clock;
        this.maxLifetime = maxLifetime;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null && strategy.getContext().getAuthentication() instanceof SessionBoundAuthentication signedIn
                && !isValid(signedIn)) {
            log.info("Ended a session of user id {}: expired, or ended by a password change or deactivation",
                    signedIn.userId());
            try {
                session.invalidate();
            } catch (IllegalStateException alreadyInvalid) {
                // another request ended it first
            }
            strategy.clearContext();
        }
        chain.doFilter(request, response);
    }

    private boolean isValid(SessionBoundAuthentication signedIn) {
        if (signedIn.signedInAt().plus(maxLifetime).isBefore(clock.now())) {
            return false;
        }
        return accounts.sessionState(signedIn.userId())
                .filter(state -> state.active() && state.sessionEpoch() == signedIn.sessionEpoch())
                .isPresent();
    }
}

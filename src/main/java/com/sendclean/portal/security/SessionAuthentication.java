package com.sendclean.portal.security;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import java.time.Instant;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Replaces the authentication of the current request and of its HTTP session, e.g. when the second factor completes
 * a sign-in or a step-up records a fresh password. Spring Security no longer saves a changed context by itself.
 */
@Component
public class SessionAuthentication {

    private final SecurityContextHolderStrategy strategy;

    public SessionAuthentication(SecurityContextHolderStrategy strategy) {
        this.strategy = strategy;
    }

    public Optional<Authentication> current() {
        return Optional.ofNullable(strategy.getContext().getAuthentication());
    }

    public void replace(Authentication authentication) {
        SecurityContext context = strategy.createEmptyContext();
        context.setAuthentication(authentication);
        strategy.setContext(context);
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null && session.getSession() != null) {
            session.getSession().setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
        }
    }

    /**
     * Gives the HTTP session a new id, keeping its contents, as Spring Security does at the password step. Called
     * when the second factor completes a sign-in, so an id that leaked while only the password was known (the
     * pending step) is worthless afterwards. Vaadin sends its requests over XHR, whose answer carries the new cookie.
     */
    public void rotateSessionId() {
        if (VaadinRequest.getCurrent() instanceof VaadinServletRequest request
                && request.getHttpServletRequest().getSession(false) != null) {
            request.getHttpServletRequest().changeSessionId();
        }
    }

    /** Keeps the current session valid after its user raised their session epoch (e.g. changed their password). */
    public void keepCurrentSession(int newEpoch, Instant passwordConfirmedAt) {
        current().filter(PortalAuthentication.class::isInstance)
                .map(PortalAuthentication.class::cast)
                .ifPresent(auth -> replace(auth.withSessionEpoch(newEpoch).withPasswordConfirmedAt(passwordConfirmedAt)));
    }
}

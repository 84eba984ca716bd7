package com.sendclean.portal.security;

import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Component;

/**
 * The password step of sign-in, run from the login form's server-side login event rather than from a form POST to
 * /login. Vaadin's own requests carry its CSRF token, so a page elsewhere cannot sign a visitor's browser in to an
 * account of its choosing (login CSRF); the POST /login that Vaadin's configurer would exempt from CSRF now needs
 * Spring's token, which no page of the portal hands out for it. Everything else is what the form POST did: the same
 * authentication (throttling, audit, two-factor), a new session id, the context stored in the session, and the way
 * back to the page the user first asked for.
 */
@Component
class FormSignIn {

    /** What the login form shows or does next. */
    sealed interface Outcome {
        /** Signed in (or waiting for the second factor): load this path of the portal. */
        record SignedIn(String target) implements Outcome {}
        record Refused() implements Outcome {}
        record Throttled() implements Outcome {}
    }

    private final AuthenticationManager authentication;
    private final SessionAuthentication sessionAuthentication;
    private final RequestCache requestCache = new HttpSessionRequestCache();

    FormSignIn(SignInAuthenticationProvider signIn, SessionAuthentication sessionAuthentication) {
        // a ProviderManager, as for the form POST, so that the password is erased from the result
        this.authentication = new ProviderManager(signIn);
        this.sessionAuthentication = sessionAuthentication;
    }

    Outcome signIn(String username, String password) {
        VaadinServletRequest vaadinRequest = VaadinServletRequest.getCurrent();
        if (vaadinRequest == null) {
            throw new IllegalStateException("Sign-in runs only in a request of the login page");
        }
        HttpServletRequest request = vaadinRequest.getHttpServletRequest();
        var token = UsernamePasswordAuthenticationToken.unauthenticated(username, password);
        token.setDetails(new WebAuthenticationDetails(request));
        Authentication result;
        try {
            result = authentication.authenticate(token);
        } catch (SignInThrottledException throttled) {
            return new Outcome.Throttled();
        } catch (AuthenticationException refused) {
            return new Outcome.Refused();
        }
        // session fixation: the anonymous session's id must not become the signed-in one
        request.getSession(true);
        request.changeSessionId();
        sessionAuthentication.replace(result);
        return new Outcome.SignedIn(target(request));
    }

    /** The page the user asked for before being sent to sign in, on this portal only; else the start page. */
    private String target(HttpServletRequest request) {
        String start = request.getContextPath() + "/";
        var response = VaadinServletResponse.getCurrent();
        SavedRequest saved = requestCache.getRequest(request, response == null ? null : response.getHttpServletResponse());
        if (saved == null) {
            return start;
        }
        requestCache.removeRequest(request, response == null ? null : response.getHttpServletResponse());
        try {
            URI uri = URI.create(saved.getRedirectUrl());
            String path = uri.getRawPath();
            if (path == null || !path.startsWith("/") || path.startsWith("//")) {
                return start;
            }
            String query = uri.getRawQuery();
            return query == null ? path : path + "?" + query;
        } catch (IllegalArgumentException unreadable) {
            return start;
        }
    }
}

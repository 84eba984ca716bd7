package com.sendclean.portal.support;

import com.sendclean.portal.stepup.StepUpService;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Runs service calls as a real account loaded from the database, the way a signed-in request would, so that method
 * security and membership checks are exercised exactly as in production.
 */
@Component
public class SignedIn {

    private final UserDetailsService userDetailsService;
    private final SecurityContextHolderStrategy strategy;
    private final StepUpService stepUp;

    SignedIn(UserDetailsService userDetailsService, SecurityContextHolderStrategy strategy, StepUpService stepUp) {
        this.userDetailsService = userDetailsService;
        this.strategy = strategy;
        this.stepUp = stepUp;
    }

    public <T> T as(String username, Supplier<T> action) {
        UserDetails user = userDetailsService.loadUserByUsername(username);
        var context = strategy.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        var previous = strategy.getContext();
        strategy.setContext(context);
        try {
            return action.get();
        } finally {
            strategy.setContext(previous);
        }
    }

    /**
     * Runs the action as the user right after they re-entered their password, as the step-up dialog has them do
     * before sensitive actions.
     */
    public <T> T asConfirmed(String username, String password, Supplier<T> action) {
        return as(username, () -> {
            stepUp.confirmPassword(password);
            return action.get();
        });
    }

    public void asConfirmed(String username, String password, Runnable action) {
        asConfirmed(username, password, () -> {
            action.run();
            return null;
        });
    }

    public void as(String username, Runnable action) {
        as(username, () -> {
            action.run();
            return null;
        });
    }
}

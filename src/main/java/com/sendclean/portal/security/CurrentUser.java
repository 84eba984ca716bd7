package com.sendclean.portal.security;

import java.util.Optional;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/**
 * The signed-in user as services see it. Reads the injected {@link SecurityContextHolderStrategy} so that it also
 * works in Vaadin request threads and in background tasks that carry the security context.
 */
@Component
public class CurrentUser {

    private final SecurityContextHolderStrategy securityContextHolderStrategy;

    CurrentUser(SecurityContextHolderStrategy securityContextHolderStrategy) {
        this.securityContextHolderStrategy = securityContextHolderStrategy;
    }

    public Optional<PortalUser> get() {
        Authentication authentication = securityContextHolderStrategy.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof PortalUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    /** Whether the work in progress runs as the system actor ({@code RunAs.system}) rather than a person. */
    public boolean isSystem() {
        return securityContextHolderStrategy.getContext().getAuthentication() instanceof SystemAuthentication;
    }

    public PortalUser require() {
        return get().orElseThrow(() -> new AuthenticationCredentialsNotFoundException("Not signed in"));
    }
}

package com.sendclean.portal.security;

import java.util.function.Supplier;
import java.time.Instant;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/**
 * Runs server-side work (start-up tasks such as the local demo data) as a real account, so that it goes through the
 * same services and the same checks as a signed-in person would.
 */
@Component
public class RunAs {

    private final UserAccountRepository accounts;
    private final SecurityContextHolderStrategy strategy;

    RunAs(UserAccountRepository accounts, SecurityContextHolderStrategy strategy) {
        this.accounts = accounts;
        this.strategy = strategy;
    }

    public <T> T user(UserId id, Supplier<T> work) {
        PortalUser user = PortalUserDetailsService.toPrincipal(accounts.findById(id)
                .orElseThrow(() -> new IllegalArgumentException("No account " + id)));
        // server-side work acts for the account without a person at a keyboard: there is no password to re-confirm
        Instant now = Instant.now();
        return as(new PortalAuthentication(user, now, now, 0), work);
    }

    /**
     * Runs background work that has no signed-in user (a refresh of a shared copy, a cluster event) as the explicit
     * system actor: tenant checks let it read and never change, and audit events name it with the purpose.
     */
    public <T> T system(String purpose, Supplier<T> work) {
        return as(new SystemAuthentication(purpose), work);
    }

    private <T> T as(Authentication authentication, Supplier<T> work) {
        var previous = strategy.getContext();
        var context = strategy.createEmptyContext();
        context.setAuthentication(authentication);
        strategy.setContext(context);
        try {
            return work.get();
        } finally {
            strategy.setContext(previous);
        }
    }

    /** Runs as the first platform administrator (the bootstrap one). */
    public <T> T platformAdministrator(Supplier<T> work) {
        UserAccount admin = accounts.findAll().stream()
                .filter(UserAccount::platformAdmin)
                .filter(UserAccount::active)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No active platform administrator"));
        return user(admin.id(), work);
    }
}

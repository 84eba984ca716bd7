package com.sendclean.portal.audit;

import java.time.Clock;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/**
 * Appends events to the audit trail. Call it inside the transaction of a local change (so the event and the change
 * commit or roll back together), and right after a remote call, for success and failure alike. The actor is the
 * signed-in user unless the event names one; the client comes from {@link AuditClientContext}.
 */
@Component
public class AuditLog {

    private final AuditRepository repository;
    private final AuditClientContext clients;
    private final SecurityContextHolderStrategy securityContextHolderStrategy;
    private final Clock clock;

    AuditLog(AuditRepository repository, AuditClientContext clients,
             SecurityContextHolderStrategy securityContextHolderStrategy) {
        this.repository = repository;
        this.clients = clients;
        this.securityContextHolderStrategy = securityContextHolderStrategy;
        this.clock = Clock.systemUTC();
    }

    public void record(AuditEvent event) {
        Actor actor = event.actor() != null ? event.actor() : signedIn();
        repository.insert(clock.instant(), actor, clients.current(), event);
    }

    /** The signed-in user, or nobody. */
    public Actor signedIn() {
        Authentication authentication = securityContextHolderStrategy.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof AuditActor actor) {
            return new Actor(actor.auditUserId(), actor.getUsername());
        }
        if (authentication != null && authentication.getPrincipal() instanceof Actor system) {
            return system; // the system actor of background work, named with its purpose
        }
        return Actor.NONE;
    }
}

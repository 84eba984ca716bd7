package com.sendclean.portal.security;

import com.sendclean.portal.cluster.ClusterListening;
import com.sendclean.portal.cluster.CoherentCache;
import com.sendclean.portal.security.AccountSecurityRepository.SessionState;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Each account's session state (active, session epoch) as the check on every request reads it (issue 18: the session
 * check without a PostgreSQL round trip per request). A change on this instance forgets it at once and tells the other
 * instances ({@link AccountSessionsChanged}), which forget it as they hear it; while this instance does not hear them,
 * nothing is kept and every request reads the database, so a password change or a deactivation anywhere still ends the
 * account's sessions everywhere.
 */
@Component
class SessionStateCache {

    private final CoherentCache<UserId, Optional<SessionState>> states;
    private final ApplicationEventPublisher events;

    SessionStateCache(ClusterListening listening, ApplicationEventPublisher events) {
        this.states = new CoherentCache<>(listening);
        this.events = events;
    }

    Optional<SessionState> get(UserId user, Function<UserId, Optional<SessionState>> read) {
        return states.get(user, read);
    }

    /** Call with every write of the account's active flag or session epoch, inside its transaction if it has one. */
    void changed(UserId user) {
        states.forget(user);
        events.publishEvent(new AccountSessionsChanged(user));
    }

    @EventListener
    void changedElsewhere(AccountSessionsChanged changed) {
        states.forget(changed.userId());
    }
}

package com.sendclean.portal.tenant;

import com.sendclean.portal.security.UserId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.core.task.TaskDecorator;
import org.springframework.stereotype.Component;

/**
 * One membership check per unit of work (issue 18): a background task of a screen, such as saving one limit, asks
 * {@link TenantAccess} several times (the service, the credentials it reads, the screen showing the saved row), and
 * within that one task the answer is read once. Nothing is kept beyond the task, so a revoked membership or a
 * deactivated tenant is seen by the next task, exactly as without the scope. As a {@link TaskDecorator} it wraps every
 * task of the portal's background executors.
 */
@Component
class TenantAccessScope implements TaskDecorator {

    private record Key(TenantId tenant, UserId user) {}

    private static final ThreadLocal<Map<Key, Optional<TenantRole>>> ROLES = new ThreadLocal<>();

    @Override
    public Runnable decorate(Runnable task) {
        return () -> {
            if (ROLES.get() != null) {
                task.run(); // already inside a task's scope
                return;
            }
            ROLES.set(new HashMap<>());
            try {
                task.run();
            } finally {
                ROLES.remove();
            }
        };
    }

    /** The role as already read in this task, or read now (and remembered until the task ends). */
    static Optional<TenantRole> roleOf(TenantId tenant, UserId user, Supplier<Optional<TenantRole>> read) {
        Map<Key, Optional<TenantRole>> roles = ROLES.get();
        if (roles == null) {
            return read.get();
        }
        return roles.computeIfAbsent(new Key(tenant, user), key -> read.get());
    }
}

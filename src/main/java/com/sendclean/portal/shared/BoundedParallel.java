package com.sendclean.portal.shared;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Function;
import org.springframework.core.task.TaskDecorator;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/**
 * Runs one piece of work per item with at most {@code concurrency} at a time, each on a virtual thread that carries
 * the caller's security context (so every service call checks the signed-in user again) and whatever the portal's
 * {@link TaskDecorator}s carry (the audit trail's client address), and hands each result over as soon as it is there.
 * Blocks the calling thread, which must not be the UI thread, until all are done or {@code cancelled} says stop; items
 * not started by then are never started.
 */
@Component
public class BoundedParallel {

    private final SecurityContextHolderStrategy security;
    private final List<TaskDecorator> decorators;

    BoundedParallel(SecurityContextHolderStrategy security, List<TaskDecorator> decorators) {
        this.security = security;
        this.decorators = decorators;
    }

    /** @return how many items were started */
    public <T, R> int run(List<T> items, int concurrency, BooleanSupplier cancelled, Function<T, R> work,
                          Consumer<R> onResult) {
        SecurityContext context = security.getContext();
        Semaphore permits = new Semaphore(Math.max(1, concurrency));
        int started = 0;
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (T item : items) {
                permits.acquireUninterruptibly();
                if (cancelled.getAsBoolean()) {
                    permits.release();
                    break;
                }
                Runnable task = () -> {
                    security.setContext(context);
                    try {
                        onResult.accept(work.apply(item));
                    } finally {
                        security.clearContext();
                        permits.release();
                    }
                };
                for (TaskDecorator decorator : decorators) {
                    task = decorator.decorate(task);
                }
                threads.submit(task);
                started++;
            }
        } // close() waits for the ones under way
        return started;
    }
}

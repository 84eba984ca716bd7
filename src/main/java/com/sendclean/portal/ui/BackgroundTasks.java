package com.sendclean.portal.ui;

import com.vaadin.flow.component.UI;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.task.AsyncTaskExecutor;
import org.springframework.core.task.TaskDecorator;
import org.springframework.core.task.support.TaskExecutorAdapter;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.task.DelegatingSecurityContextAsyncTaskExecutor;

/**
 * Runs slow work (SendClean calls) off the request thread and pushes the result to the browser, so a slow upstream
 * never blocks the page and several rows can be saved at once. The work carries the signed-in user's security
 * context, so service-layer checks hold there too, and passes through every {@link TaskDecorator} bean, which lets
 * features carry other per-request state (the audit trail's client address and user agent) to the worker thread.
 */
public class BackgroundTasks {

    private static final Logger log = LoggerFactory.getLogger(BackgroundTasks.class);

    private final AsyncTaskExecutor executor;

    /**
     * Runs the work on {@code executor}: the portal's pool (see {@link BackgroundTasksConfiguration}), or in tests one
     * that runs it at once on the calling thread, so SendClean's answer comes before the portal has answered the click
     * that asked, which a real pool does only now and then.
     */
    BackgroundTasks(SecurityContextHolderStrategy securityContextHolderStrategy, List<TaskDecorator> decorators,
                    Executor executor) {
        var decorated = new TaskExecutorAdapter(executor);
        decorated.setTaskDecorator(runnable -> {
            Runnable result = runnable;
            for (TaskDecorator decorator : decorators) {
                result = decorator.decorate(result);
            }
            return result;
        });
        var secured = new DelegatingSecurityContextAsyncTaskExecutor(decorated);
        secured.setSecurityContextHolderStrategy(securityContextHolderStrategy);
        this.executor = secured;
    }

    /**
     * Runs {@code work} in the background, then {@code onSuccess} or {@code onFailure} in the UI's session lock.
     * Must be called from the UI thread.
     */
    public <T> void run(UI ui, Supplier<T> work, Consumer<T> onSuccess, Consumer<RuntimeException> onFailure) {
        deliver(ui, submit(work, executor), onSuccess, onFailure);
    }

    /**
     * The work's outcome; a pool that refuses the work (all threads busy, queue full) gives a failed outcome, which
     * reaches {@code onFailure} like any other, instead of an exception in the screen's handler that would leave
     * its row marked as saving for good (figure 4 found rows stuck that way).
     */
    static <T> CompletableFuture<T> submit(Supplier<T> work, Executor executor) {
        try {
            return CompletableFuture.supplyAsync(work, executor);
        } catch (RejectedExecutionException busy) {
            log.warn("The background pool refused a task: every thread is busy and its queue is full");
            return CompletableFuture.failedFuture(busy);
        }
    }

    /**
     * Like {@link #run}, for work that may only need to join something already under way (a listing another session
     * started): {@code work} returns a future, and no thread of the pool waits for it.
     */
    public <T> void runAsync(UI ui, Supplier<CompletableFuture<T>> work, Consumer<T> onSuccess,
                             Consumer<RuntimeException> onFailure) {
        deliver(ui, submit(work, executor).thenCompose(future -> future), onSuccess, onFailure);
    }

    private <T> void deliver(UI ui, CompletableFuture<T> outcome, Consumer<T> onSuccess,
                             Consumer<RuntimeException> onFailure) {
        outcome.whenComplete((result, failure) -> {
            if (!ui.isAttached()) {
                return;
            }
            ui.access(() -> {
                if (failure == null) {
                    onSuccess.accept(result);
                    return;
                }
                Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                        ? failure.getCause() : failure;
                if (cause instanceof RuntimeException runtime) {
                    onFailure.accept(runtime);
                } else {
                    log.error("Background task failed", cause);
                    onFailure.accept(new IllegalStateException("The portal could not finish this task."));
                }
            });
        });
    }
}

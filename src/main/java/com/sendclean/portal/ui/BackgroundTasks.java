package com.sendclean.portal.ui;

import com.vaadin.flow.component.UI;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.task.AsyncTaskExecutor;
import org.springframework.core.task.TaskDecorator;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.task.DelegatingSecurityContextAsyncTaskExecutor;
import org.springframework.stereotype.Component;

/**
 * Runs slow work (SendClean calls) off the request thread and pushes the result to the browser, so a slow upstream
 * never blocks the page and several rows can be saved at once. The work carries the signed-in user's security
 * context, so service-layer checks hold there too, and passes through every {@link TaskDecorator} bean, which lets
 * features carry other per-request state (the audit trail's client address and user agent) to the worker thread.
 */
@Component
public class BackgroundTasks {

    private static final Logger log = LoggerFactory.getLogger(BackgroundTasks.class);

    private final AsyncTaskExecutor executor;

    BackgroundTasks(SecurityContextHolderStrategy securityContextHolderStrategy, List<TaskDecorator> decorators) {
        var pool = new ThreadPoolTaskExecutor();
        pool.setThreadNamePrefix("ui-task-");
        pool.setCorePoolSize(8);
        pool.setMaxPoolSize(64);
        pool.setQueueCapacity(1000);
        pool.setWaitForTasksToCompleteOnShutdown(false);
        pool.setTaskDecorator(runnable -> {
            Runnable decorated = runnable;
            for (TaskDecorator decorator : decorators) {
                decorated = decorator.decorate(decorated);
            }
            return decorated;
        });
        pool.initialize();
        var secured = new DelegatingSecurityContextAsyncTaskExecutor(pool);
        secured.setSecurityContextHolderStrategy(securityContextHolderStrategy);
        this.executor = secured;
    }

    /**
     * Runs {@code work} in the background, then {@code onSuccess} or {@code onFailure} in the UI's session lock.
     * Must be called from the UI thread.
     */
    public <T> void run(UI ui, Supplier<T> work, Consumer<T> onSuccess, Consumer<RuntimeException> onFailure) {
        CompletableFuture.supplyAsync(work, executor).whenComplete((result, failure) -> {
            if (!ui.isAttached()) {
                return;
            }
            ui.access(() -> {
                if (failure == null) {
                    onSuccess.accept(result);
                    return;
                }
                Throwable cause = failure instanceof java.util.concurrent.CompletionException && failure.getCause() != null
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

package com.sendclean.portal.smtpusers.ui;

import com.sendclean.portal.smtpusers.FailureMessages;
import com.sendclean.portal.tenant.TenantId;
import com.sendclean.portal.ui.BackgroundTasks;
import com.sendclean.portal.ui.Notifications;
import com.vaadin.flow.component.UI;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Background work of a screen that Vaadin reuses across tenants: each task is bound to the tenant and the visit it
 * was started in, and its result reaches the screen only while that visit lasts. A failure that arrives after the
 * user moved on is still announced, naming the tenant, so a change that did not happen is never silently lost.
 */
final class TenantTasks {

    private final BackgroundTasks tasks;
    private TenantId tenant;
    private String tenantName;
    private long visit;

    TenantTasks(BackgroundTasks tasks) {
        this.tasks = tasks;
    }

    /** Starts a new visit; results of tasks started before it are dropped. */
    void visit(TenantId shown, String shownName) {
        visit++;
        tenant = shown;
        tenantName = shownName;
    }

    <T> void run(Supplier<T> work, Consumer<T> onSuccess, Consumer<RuntimeException> onFailure) {
        runAsync(() -> CompletableFuture.completedFuture(work.get()), onSuccess, onFailure);
    }

    /** For work that may join a call already under way, without a thread waiting for it. */
    <T> void runAsync(Supplier<CompletableFuture<T>> work, Consumer<T> onSuccess,
                      Consumer<RuntimeException> onFailure) {
        TenantId startedFor = tenant;
        long startedIn = visit;
        String startedForName = tenantName;
        tasks.runAsync(UI.getCurrent(), work, result -> {
            if (isCurrent(startedFor, startedIn)) {
                onSuccess.accept(result);
            }
        }, failure -> {
            if (isCurrent(startedFor, startedIn)) {
                onFailure.accept(failure);
            } else {
                Notifications.error(startedForName + ": " + FailureMessages.of(failure));
            }
        });
    }

    private boolean isCurrent(TenantId startedFor, long startedIn) {
        return startedIn == visit && startedFor.equals(tenant);
    }
}

package com.sendclean.portal.ui;

import java.util.List;
import org.springframework.core.task.SyncTaskExecutor;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * {@link BackgroundTasks} that run their work at once on the thread that asks, for
 * {@code @TestBean(methodName = "com.sendclean.portal.ui.SameThreadBackgroundTasks#create")}. The result then
 * reaches the screen in the same response as the click that started the work, as it does in production whenever
 * SendClean answers before that response is written.
 */
public final class SameThreadBackgroundTasks {

    private SameThreadBackgroundTasks() {
    }

    public static BackgroundTasks create() {
        // the work runs where the request's client and security context already are, so no decorator is needed
        return new BackgroundTasks(SecurityContextHolder.getContextHolderStrategy(), List.of(), new SyncTaskExecutor());
    }
}

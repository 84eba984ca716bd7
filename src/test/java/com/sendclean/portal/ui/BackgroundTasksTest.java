package com.sendclean.portal.ui;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;
import org.springframework.core.task.TaskRejectedException;

import static org.assertj.core.api.Assertions.assertThat;

class BackgroundTasksTest {

    @Test
    void workThePoolRefusesComesBackAsAFailureForTheScreenNotAsAnExceptionInItsHandler() {
        Executor full = task -> {
            throw new TaskRejectedException("every thread busy, queue full");
        };

        CompletableFuture<String> outcome = BackgroundTasks.submit(() -> "saved", full);

        assertThat(outcome).isCompletedExceptionally();
        assertThat(outcome.exceptionNow()).isInstanceOf(TaskRejectedException.class);
    }
}

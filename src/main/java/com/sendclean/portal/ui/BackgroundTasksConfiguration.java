package com.sendclean.portal.ui;

import java.util.List;
import java.util.concurrent.Executor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.TaskDecorator;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * The portal's {@link BackgroundTasks} on a pool of their own. The pool is not a bean: an {@link Executor} bean would
 * stand in for Spring Boot's application task executor.
 */
@Configuration(proxyBeanMethods = false)
class BackgroundTasksConfiguration {

    @Bean
    BackgroundTasks backgroundTasks(SecurityContextHolderStrategy securityContextHolderStrategy,
                                    List<TaskDecorator> decorators) {
        return new BackgroundTasks(securityContextHolderStrategy, decorators, pool());
    }

    private static Executor pool() {
        var pool = new ThreadPoolTaskExecutor();
        pool.setThreadNamePrefix("ui-task-");
        pool.setCorePoolSize(8);
        pool.setMaxPoolSize(64);
        pool.setQueueCapacity(1000);
        pool.setWaitForTasksToCompleteOnShutdown(false);
        pool.initialize();
        return pool;
    }
}

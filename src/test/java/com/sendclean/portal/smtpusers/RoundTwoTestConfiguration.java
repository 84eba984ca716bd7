package com.sendclean.portal.smtpusers;

import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;

/**
 * What the issue 18 tests observe: the portal's listSmtp calls and its PostgreSQL round trips. Shared by those tests
 * with the same properties, so they share one application context.
 */
@TestConfiguration(proxyBeanMethods = false)
public class RoundTwoTestConfiguration {

    /** Counts every successful listSmtp of the portal, foreground or background. */
    public static class Listings {
        final AtomicInteger count = new AtomicInteger();

        @EventListener
        void listed(SmtpUsersListed listed) {
            count.incrementAndGet();
        }
    }

    @Bean
    Listings listings() {
        return new Listings();
    }

    @Bean
    static StatementCounter statementCounter() {
        return new StatementCounter();
    }
}

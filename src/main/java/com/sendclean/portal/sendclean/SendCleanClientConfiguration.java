package com.sendclean.portal.sendclean;

import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/** Wires the one {@link SendCleanClient} of the portal. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SendCleanApiProperties.class)
class SendCleanClientConfiguration {

    @Bean(destroyMethod = "close")
    SendCleanClient sendCleanClient(SendCleanApiProperties properties, Environment environment,
                                    ObjectProvider<SendCleanAuthenticationListener> listeners) {
        boolean sandboxEnabled = environment.getProperty("sendclean.sandbox.enabled", Boolean.class, false);
        SendCleanAuthenticationListener listener = new SendCleanAuthenticationListener() {
            @Override
            public void storedCredentialsRefused(String tenantKey) {
                listeners.orderedStream().forEach(l -> l.storedCredentialsRefused(tenantKey));
            }

            @Override
            public void storedCredentialsAccepted(String tenantKey) {
                listeners.orderedStream().forEach(l -> l.storedCredentialsAccepted(tenantKey));
            }
        };
        return new SendCleanClient(properties, sandboxEnabled,
                // the port is known only once the web server runs; the sandbox route asks at call time
                () -> environment.getProperty("local.server.port", Integer.class,
                        environment.getProperty("server.port", Integer.class, 8080)),
                listener, Duration.ofMillis(200));
    }
}

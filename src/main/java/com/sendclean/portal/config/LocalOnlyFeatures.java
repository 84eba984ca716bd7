package com.sendclean.portal.config;

import java.util.Map;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Stops start-up, before any bean is made, when a feature that exists only for local development is switched on
 * without the {@code local} profile: demo users with a published password must never exist in a production portal.
 */
@Component
class LocalOnlyFeatures implements BeanFactoryPostProcessor, EnvironmentAware {

    static final String LOCAL_PROFILE = "local";

    /** Property → why it is local-only, as the end of the one sentence start-up stops with. */
    private static final Map<String, String> FEATURES = Map.of(
            "portal.demo.enabled", "it seeds demo users whose password is published in the README");

    private Environment environment;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        if (environment.matchesProfiles(LOCAL_PROFILE)) {
            return;
        }
        FEATURES.forEach((property, why) -> {
            if (environment.getProperty(property, Boolean.class, false)) {
                throw new LocalProfileRequiredException(property + "=true is refused without the local profile, "
                        + "because " + why + "; remove it (PORTAL_DEMO_ENABLED) or run ./mvnw spring-boot:run.");
            }
        });
    }
}

package com.sendclean.portal.config;

import java.util.List;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Stops start-up, before any bean is made, when a feature that exists only for local development is switched on
 * without the {@code local} profile: demo users with a published password, and a SendClean simulator inside the
 * portal, must never exist in a production portal. Tests, benchmarks and cluster checks run the sandbox as its own
 * application ({@code java -jar <jar> sandbox}) instead.
 */
@Component
class LocalOnlyFeatures implements BeanFactoryPostProcessor, EnvironmentAware {

    static final String LOCAL_PROFILE = "local";

    /**
     * A local-only switch.
     *
     * @param why the end of "because …" in the one sentence start-up stops with
     * @param instead what to do instead, after "remove it (ENV) or"
     */
    record Feature(String property, String environmentVariable, String why, String instead) {}

    static final List<Feature> FEATURES = List.of(
            new Feature("portal.demo.enabled", "PORTAL_DEMO_ENABLED",
                    "it seeds demo users whose password is published in the README",
                    "run ./mvnw spring-boot:run"),
            new Feature("sendclean.sandbox.enabled", "SENDCLEAN_SANDBOX_ENABLED",
                    "it serves a SendClean simulator without sign-in from inside the portal and routes the app domain "
                            + "sandbox.localhost to it",
                    "run the sandbox as its own process (java -jar <jar> sandbox --port=N) and point "
                            + "SENDCLEAN_API_BASEURLTEMPLATE at it"));

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
        for (Feature feature : FEATURES) {
            if (environment.getProperty(feature.property(), Boolean.class, false)) {
                throw new LocalProfileRequiredException(sentence(feature));
            }
        }
    }

    static String sentence(Feature feature) {
        return feature.property() + "=true is refused without the local profile, because " + feature.why()
                + "; remove it (" + feature.environmentVariable() + ") or " + feature.instead() + ".";
    }
}

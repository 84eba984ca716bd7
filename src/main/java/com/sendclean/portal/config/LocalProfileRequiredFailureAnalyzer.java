package com.sendclean.portal.config;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Shows a local-only feature switched on in production as Spring Boot's short report, not a stack trace. */
class LocalProfileRequiredFailureAnalyzer extends AbstractFailureAnalyzer<LocalProfileRequiredException> {

    static final String ACTION = "Production never runs demo data; use the local profile (./mvnw spring-boot:run) "
            + "for a demo.";

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, LocalProfileRequiredException cause) {
        return new FailureAnalysis(cause.getMessage(), ACTION, cause);
    }
}

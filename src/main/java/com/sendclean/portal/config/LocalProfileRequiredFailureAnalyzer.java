package com.sendclean.portal.config;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Shows a local-only feature switched on in production as Spring Boot's short report, not a stack trace. */
class LocalProfileRequiredFailureAnalyzer extends AbstractFailureAnalyzer<LocalProfileRequiredException> {

    static final String ACTION = "Production never runs demo data or the in-process sandbox; use the local profile "
            + "(./mvnw spring-boot:run) for a demo, and java -jar <jar> sandbox --port=N for a sandbox of its own.";

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, LocalProfileRequiredException cause) {
        return new FailureAnalysis(cause.getMessage(), ACTION, cause);
    }
}

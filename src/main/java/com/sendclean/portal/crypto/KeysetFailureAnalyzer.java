package com.sendclean.portal.crypto;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns a start-up without a usable keyset into Spring Boot's short failure report, so that the log shows the
 * sentence that says what to set rather than a stack trace.
 */
class KeysetFailureAnalyzer extends AbstractFailureAnalyzer<KeysetException> {

    static final String ACTION = "Keep the keyset in a secret manager with a backup and never commit it: without it no "
            + "stored credentials can be decrypted. For local development use the local profile "
            + "(./mvnw spring-boot:run), which generates one.";

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, KeysetException cause) {
        return new FailureAnalysis(cause.getMessage(), ACTION, cause);
    }
}

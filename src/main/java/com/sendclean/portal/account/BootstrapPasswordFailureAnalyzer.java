package com.sendclean.portal.account;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a refused bootstrap password into Spring Boot's short failure report: one sentence, no stack trace. */
class BootstrapPasswordFailureAnalyzer extends AbstractFailureAnalyzer<BootstrapPasswordRefusedException> {

    static final String ACTION = "Set a password that meets the rule, or leave it unset so that the portal generates "
            + "one into the data directory.";

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, BootstrapPasswordRefusedException cause) {
        return new FailureAnalysis(cause.getMessage(), ACTION, cause);
    }
}

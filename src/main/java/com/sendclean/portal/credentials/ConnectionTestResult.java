package com.sendclean.portal.credentials;

import java.util.Set;

/**
 * How "Test connection" went, in plain words.
 *
 * @param invalidFields the form fields the message asks the user to fill in or
 *     correct; empty when the input was fine
 */
public record ConnectionTestResult(Outcome outcome, String message, Set<CredentialsField> invalidFields) {

    public enum Outcome { WORKED, REFUSED, UNREACHABLE, FAILED }

    public ConnectionTestResult {
        invalidFields = invalidFields == null ? Set.of() : Set.copyOf(invalidFields);
    }

    public ConnectionTestResult(Outcome outcome, String message) {
        this(outcome, message, Set.of());
    }

    public boolean worked() {
        return outcome == Outcome.WORKED;
    }
}

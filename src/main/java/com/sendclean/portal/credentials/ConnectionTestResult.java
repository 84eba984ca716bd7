package com.sendclean.portal.credentials;

/** How "Test connection" went, in plain words. */
public record ConnectionTestResult(Outcome outcome, String message) {

    public enum Outcome { WORKED, REFUSED, UNREACHABLE, FAILED }

    public boolean worked() {
        return outcome == Outcome.WORKED;
    }
}

package com.sendclean.portal.sandbox;

import java.util.Objects;

/**
 * The fault switches of one sandbox account, for tests and benchmarks of SendClean clients.
 *
 * @param latencyMillis added before every answer to the account's calls, 0 to 60,000 ms
 * @param fault how every call of the account fails, or {@link Fault#NONE}
 */
public record SandboxFaults(int latencyMillis, Fault fault) {

    /** Upper bound of the added latency: longer would only tie up a request thread. */
    public static final int MAX_LATENCY_MILLIS = 60_000;

    /** How the sandbox fails every call of an account. */
    public enum Fault {
        /** Answer normally. */
        NONE,
        /** HTTP 500 with an HTML error page, as a proxy in front of SendClean would send. */
        HTTP_500_HTML,
        /** HTTP 200 whose body is cut off JSON, e.g. {@code {"status":"success","smtp_list":[}. */
        MALFORMED_JSON,
        /** Always SendClean's AuthenticationError, whatever token is sent. */
        AUTHENTICATION_FAILURE
    }

    public SandboxFaults {
        Objects.requireNonNull(fault, "fault");
        if (latencyMillis < 0 || latencyMillis > MAX_LATENCY_MILLIS) {
            throw new IllegalArgumentException("latencyMillis must be between 0 and " + MAX_LATENCY_MILLIS);
        }
    }

    /** No added latency, no fault. */
    public static SandboxFaults none() {
        return new SandboxFaults(0, Fault.NONE);
    }

    public static SandboxFaults latency(int millis) {
        return new SandboxFaults(millis, Fault.NONE);
    }

    public static SandboxFaults failing(Fault fault) {
        return new SandboxFaults(0, fault);
    }
}

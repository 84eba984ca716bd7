package com.sendclean.portal.bench.driver;

/** The simulated browser met something a real one would show as an error: a timeout, a refusal, an error message. */
public class DriverException extends RuntimeException {

    public DriverException(String message) {
        super(message);
    }

    public DriverException(String message, Throwable cause) {
        super(message, cause);
    }
}

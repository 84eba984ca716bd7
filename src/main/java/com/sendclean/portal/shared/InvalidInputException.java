package com.sendclean.portal.shared;

/**
 * A service refused what a user typed or chose. The message is written for that user and is safe to show: it never
 * contains a secret.
 */
public class InvalidInputException extends RuntimeException {

    private final String field;

    public InvalidInputException(String message) {
        this(null, message);
    }

    /** @param field the form field the message belongs next to, or null for the whole form */
    public InvalidInputException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}

package com.sendclean.portal.account;

/** A password change that was refused, with a message meant for the form field it concerns. */
public class PasswordChangeRefusedException extends RuntimeException {

    /** Which field the message belongs next to. */
    public enum Field { CURRENT, NEW }

    private final Field field;

    public PasswordChangeRefusedException(Field field, String message) {
        super(message);
        this.field = field;
    }

    public Field field() {
        return field;
    }
}

package com.sendclean.portal.shared;

import java.util.Optional;

/**
 * A service refused what a user typed or chose. The message is written for that user and is safe to show: it never
 * contains a secret.
 *
 * <p>When the message belongs next to one field, the exception carries that field as a constant of the form's own
 * field enum (for example {@code CredentialsField.APP_DOMAIN}), declared beside the form's input in the module's API.
 * A view asks for the constant of its own form's enum with {@link #field(Class)} and maps it with an exhaustive
 * {@code switch}, so a new constant fails compilation until every form shows it.
 */
public class InvalidInputException extends RuntimeException {

    private final Enum<?> field;

    /** A refusal about the whole form, or about no field in particular. */
    public InvalidInputException(String message) {
        this(null, message);
    }

    /** @param field the form field the message belongs next to, or null for the whole form */
    public InvalidInputException(Enum<?> field, String message) {
        super(message);
        this.field = field;
    }

    /** The field the message belongs next to, if it is a field of the form whose field enum is {@code form}. */
    public <F extends Enum<F>> Optional<F> field(Class<F> form) {
        return form.isInstance(field) ? Optional.of(form.cast(field)) : Optional.empty();
    }

    /** The field the message belongs next to, of whichever form; null for the whole form. */
    public Enum<?> field() {
        return field;
    }
}

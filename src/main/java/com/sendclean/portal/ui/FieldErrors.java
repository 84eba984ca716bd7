package com.sendclean.portal.ui;

import com.vaadin.flow.component.HasValidation;

/**
 * Shows a service's refusal next to the field it concerns. Forms map their own field enum to a component with an
 * exhaustive {@code switch} and hand the component here; what the user typed stays in the field.
 */
public final class FieldErrors {

    private FieldErrors() {}

    public static void show(HasValidation field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }

    public static void clear(HasValidation... fields) {
        for (HasValidation field : fields) {
            field.setInvalid(false);
        }
    }
}

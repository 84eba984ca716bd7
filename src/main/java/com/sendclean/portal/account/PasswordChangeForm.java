package com.sendclean.portal.account;

import com.sendclean.portal.security.PasswordPolicy;
import com.sendclean.portal.ui.FieldErrors;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;

/**
 * Current, new and repeated password, for the forced change after sign-in and for the profile page, written to a
 * {@link PasswordChange} by a {@link Binder}. The service validates; its refusals show next to the
 * {@link PasswordChangeRefusedException.Field} they name.
 */
class PasswordChangeForm extends Composite<VerticalLayout> implements HasSize {

    /** What the user typed. */
    public record PasswordChange(String current, String replacement, String confirmation) {
    }

    private static final PasswordChange BLANK = new PasswordChange("", "", "");

    private final PasswordField current = new PasswordField("Current password");
    private final PasswordField replacement = new PasswordField("New password");
    private final PasswordField confirmation = new PasswordField("Confirm new password");
    private final Binder<PasswordChange> binder = new Binder<>(PasswordChange.class);

    PasswordChangeForm(AccountService accountService, Runnable onChanged) {
        getContent().setPadding(false);
        for (PasswordField field : new PasswordField[] {current, replacement, confirmation}) {
            field.setMaxLength(PasswordPolicy.MAX_LENGTH);
            field.setRequired(true);
            field.setWidthFull();
        }
        current.setAutocomplete(Autocomplete.CURRENT_PASSWORD);
        replacement.setAutocomplete(Autocomplete.NEW_PASSWORD);
        confirmation.setAutocomplete(Autocomplete.NEW_PASSWORD);
        replacement.setHelperText("At least " + PasswordPolicy.MIN_LENGTH + " characters; not your user name.");
        // the service is the one judge of the passwords: no client-side rule may stop a value it would explain
        binder.setDefaultValidatorsEnabled(false);
        binder.forField(current).bind("current");
        binder.forField(replacement).bind("replacement");
        binder.forField(confirmation).bind("confirmation");
        binder.readRecord(BLANK);

        var save = new Button("Change password", click -> save(accountService, onChanged));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER).listenOn(getContent());
        getContent().add(current, replacement, confirmation, save);
    }

    private void save(AccountService accountService, Runnable onChanged) {
        FieldErrors.clear(current, replacement, confirmation);
        PasswordChange typed;
        try {
            typed = binder.writeRecord();
        } catch (ValidationException impossible) {
            throw new IllegalStateException("The password form has no validators of its own", impossible);
        }
        if (!typed.replacement().equals(typed.confirmation())) {
            FieldErrors.show(confirmation, "The two new passwords are not the same.");
            return;
        }
        try {
            accountService.changeOwnPassword(typed.current(), typed.replacement());
            binder.readRecord(BLANK);
            onChanged.run();
        } catch (PasswordChangeRefusedException refused) {
            PasswordField field = switch (refused.field()) {
                case CURRENT -> current;
                case NEW -> replacement;
            };
            FieldErrors.show(field, refused.getMessage());
        }
    }
}

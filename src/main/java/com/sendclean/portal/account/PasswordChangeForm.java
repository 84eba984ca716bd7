package com.sendclean.portal.account;

import com.sendclean.portal.security.PasswordPolicy;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;

/** Current, new and repeated password, for the forced change after sign-in and for the profile page. */
class PasswordChangeForm extends VerticalLayout {

    private final PasswordField current = new PasswordField("Current password");
    private final PasswordField replacement = new PasswordField("New password");
    private final PasswordField confirmation = new PasswordField("Confirm new password");

    PasswordChangeForm(AccountService accountService, Runnable onChanged) {
        setPadding(false);
        for (PasswordField field : new PasswordField[] {current, replacement, confirmation}) {
            field.setMaxLength(PasswordPolicy.MAX_LENGTH);
            field.setRequired(true);
            field.setWidthFull();
        }
        current.setAutocomplete(Autocomplete.CURRENT_PASSWORD);
        replacement.setAutocomplete(Autocomplete.NEW_PASSWORD);
        confirmation.setAutocomplete(Autocomplete.NEW_PASSWORD);
        replacement.setHelperText("At least " + PasswordPolicy.MIN_LENGTH + " characters; not your user name.");

        var save = new Button("Change password", click -> save(accountService, onChanged));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER).listenOn(this);
        add(current, replacement, confirmation, save);
    }

    private void save(AccountService accountService, Runnable onChanged) {
        current.setInvalid(false);
        replacement.setInvalid(false);
        confirmation.setInvalid(false);
        if (!replacement.getValue().equals(confirmation.getValue())) {
            confirmation.setErrorMessage("The two new passwords are not the same.");
            confirmation.setInvalid(true);
            return;
        }
        try {
            accountService.changeOwnPassword(current.getValue(), replacement.getValue());
            current.clear();
            replacement.clear();
            confirmation.clear();
            onChanged.run();
        } catch (PasswordChangeRefusedException refused) {
            PasswordField field = refused.field() == PasswordChangeRefusedException.Field.CURRENT ? current : replacement;
            field.setErrorMessage(refused.getMessage());
            field.setInvalid(true);
        }
    }
}

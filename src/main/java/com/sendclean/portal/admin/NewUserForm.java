package com.sendclean.portal.admin;

import com.sendclean.portal.account.NewUserField;
import com.sendclean.portal.security.PasswordPolicy;
import com.sendclean.portal.shared.InvalidInputException;
import com.sendclean.portal.ui.FieldErrors;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;

/**
 * User name and initial password of a new account, written to a {@link NewUser} by a {@link Binder}. With no user
 * name field it is the reset-password form. The service validates; its refusals show next to the
 * {@link NewUserField} they name.
 */
class NewUserForm extends Composite<VerticalLayout> {

    /** What the platform administrator typed. */
    public record NewUser(String username, String password) {
    }

    private final TextField username = new TextField("Username");
    private final PasswordField password = new PasswordField("Initial password");
    private final Binder<NewUser> binder = new Binder<>(NewUser.class);

    /** @param withUsername false for a password reset, whose user exists */
    NewUserForm(boolean withUsername) {
        username.setMaxLength(64);
        username.setRequired(true);
        username.setVisible(withUsername);
        password.setMaxLength(PasswordPolicy.MAX_LENGTH);
        password.setRequired(true);
        password.setHelperText("At least " + PasswordPolicy.MIN_LENGTH
                + " characters; the user must change it at the next sign-in.");
        // the service is the one judge of the input: no client-side rule may stop a value it would explain
        binder.setDefaultValidatorsEnabled(false);
        binder.forField(username).bind("username");
        binder.forField(password).bind("password");
        binder.readRecord(new NewUser("", ""));
        getContent().add(username, password);
        if (!withUsername) {
            getContent().setPadding(false);
        }
    }

    NewUser write() {
        try {
            return binder.writeRecord();
        } catch (ValidationException impossible) {
            throw new IllegalStateException("The new user form has no validators of its own", impossible);
        }
    }

    void focus() {
        (username.isVisible() ? username : password).focus();
    }

    void clearErrors() {
        FieldErrors.clear(username, password);
    }

    void showError(InvalidInputException refused) {
        // a refusal about the whole form (the user is gone) goes where the user looks: the first field shown
        NewUserField field = refused.field(NewUserField.class)
                .orElse(username.isVisible() ? NewUserField.USERNAME : NewUserField.PASSWORD);
        HasValidation component = switch (field) {
            case USERNAME -> username;
            case PASSWORD -> password;
        };
        FieldErrors.show(component, refused.getMessage());
    }
}

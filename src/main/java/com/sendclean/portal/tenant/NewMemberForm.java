package com.sendclean.portal.tenant;

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
 * User name, initial password and role of a new member, written to a {@link NewMember} by a {@link Binder}. The
 * services validate; their refusals show next to the {@link NewUserField} or {@link MembershipField} they name.
 */
class NewMemberForm extends Composite<VerticalLayout> {

    /** What the tenant's ADMIN typed and chose. */
    public record NewMember(String username, String password, TenantRole role) {
    }

    private final TextField username = new TextField("Username");
    private final PasswordField password = new PasswordField("Initial password");
    private final TenantRoleSelect role = TenantRoleSelect.labelled(TenantRole.OPERATOR);
    private final Binder<NewMember> binder = new Binder<>(NewMember.class);

    NewMemberForm() {
        username.setMaxLength(64);
        username.setRequired(true);
        username.setHelperText("A new account. Existing accounts cannot be added here.");
        password.setMaxLength(PasswordPolicy.MAX_LENGTH);
        password.setRequired(true);
        password.setHelperText("At least " + PasswordPolicy.MIN_LENGTH + " characters; changed at first sign-in.");
        // the services are the one judge of the input: no client-side rule may stop a value they would explain
        binder.setDefaultValidatorsEnabled(false);
        binder.forField(username).bind("username");
        binder.forField(password).bind("password");
        binder.forField(role).bind("role");
        binder.readRecord(new NewMember("", "", TenantRole.OPERATOR));
        getContent().setPadding(false);
        getContent().add(username, password, role);
    }

    NewMember write() {
        try {
            return binder.writeRecord();
        } catch (ValidationException impossible) {
            throw new IllegalStateException("The new member form has no validators of its own", impossible);
        }
    }

    void focus() {
        username.focus();
    }

    void clearErrors() {
        FieldErrors.clear(username, password, role);
    }

    void showError(InvalidInputException refused) {
        HasValidation component = refused.field(MembershipField.class).map(field -> switch (field) {
            case ROLE -> (HasValidation) role;
        }).orElseGet(() -> switch (refused.field(NewUserField.class).orElse(NewUserField.USERNAME)) {
            case USERNAME -> username;
            case PASSWORD -> password;
        });
        FieldErrors.show(component, refused.getMessage());
    }
}

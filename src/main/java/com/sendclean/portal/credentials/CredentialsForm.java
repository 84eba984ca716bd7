package com.sendclean.portal.credentials;

import com.sendclean.portal.shared.InvalidInputException;
import com.sendclean.portal.ui.FieldErrors;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;

/**
 * Owner ID, API token and app domain, read from and written to a {@link CredentialsInput} by a {@link Binder}. The
 * service validates; its refusals show next to the {@link CredentialsField} they name.
 */
class CredentialsForm extends Composite<FormLayout> {

    private final TextField ownerId = new TextField("Owner ID");
    private final PasswordField token = new PasswordField("API token");
    private final TextField appDomain = new TextField("App domain");
    private final Binder<CredentialsInput> binder = new Binder<>(CredentialsInput.class);

    CredentialsForm() {
        ownerId.setMaxLength(CredentialsInput.MAX_OWNER_ID_LENGTH);
        token.setMaxLength(CredentialsInput.MAX_TOKEN_LENGTH);
        token.setRevealButtonVisible(false);
        token.setAutocomplete(Autocomplete.OFF);
        appDomain.setMaxLength(253);
        appDomain.setPlaceholder("us1-mta1.sendclean.net");
        appDomain.setHelperText("Your SendClean app domain, without https:// or a path.");
        // the service is the one judge of the input: no client-side rule may stop a value it would explain
        binder.setDefaultValidatorsEnabled(false);
        binder.forField(ownerId).bind("ownerId");
        binder.forField(token).bind("token");
        binder.forField(appDomain).bind("appDomain");

        var form = getContent();
        form.add(ownerId, token, appDomain);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        form.setColspan(appDomain, 2);
    }

    void read(CredentialsInput input) {
        binder.readRecord(input);
        clearErrors();
    }

    CredentialsInput write() {
        try {
            return binder.writeRecord();
        } catch (ValidationException impossible) {
            throw new IllegalStateException("The credentials form has no validators of its own", impossible);
        }
    }

    /** Empties the owner ID and token, keeping the app domain (after a save, or when the stored ones changed). */
    void clearSecrets() {
        CredentialsInput typed = write();
        read(new CredentialsInput("", "", typed.appDomain()));
    }

    boolean hasAppDomain() {
        return !appDomain.isEmpty();
    }

    void setAppDomain(String value) {
        appDomain.setValue(value);
    }

    void setHelperTexts(String ownerIdHelp, String tokenHelp) {
        ownerId.setHelperText(ownerIdHelp);
        token.setHelperText(tokenHelp);
    }

    void clearErrors() {
        FieldErrors.clear(ownerId, token, appDomain);
    }

    void showError(InvalidInputException invalid) {
        if (invalid instanceof SecretsRequiredException required) {
            required.fields().forEach(field -> showError(field, invalid.getMessage()));
        } else {
            // a refusal about the whole input concerns where it is sent: the app domain
            showError(invalid.field(CredentialsField.class).orElse(CredentialsField.APP_DOMAIN), invalid.getMessage());
        }
    }

    void showError(CredentialsField field, String message) {
        HasValidation component = switch (field) {
            case OWNER_ID -> ownerId;
            case API_TOKEN -> token;
            case APP_DOMAIN -> appDomain;
        };
        FieldErrors.show(component, message);
    }
}

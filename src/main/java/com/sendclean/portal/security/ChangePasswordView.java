package com.sendclean.portal.security;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

/** Where a user replaces an initial or reset password; the portal sends them here until they do. */
@Route(value = "change-password", autoLayout = false)
@PageTitle("Change password · SendClean Portal")
@PermitAll
class ChangePasswordView extends Main {

    private final PasswordField current = new PasswordField("Current password");
    private final PasswordField replacement = new PasswordField("New password");
    private final PasswordField confirmation = new PasswordField("Confirm new password");

    ChangePasswordView(AccountService accountService, AuthenticationContext authenticationContext) {
        addClassName("change-password-view");
        var intro = new Paragraph("Choose a new password of at least " + PasswordPolicy.MIN_LENGTH
                + " characters. A long phrase is easier to remember than a short jumble.");
        for (PasswordField field : new PasswordField[] {current, replacement, confirmation}) {
            field.setMaxLength(PasswordPolicy.MAX_LENGTH);
            field.setRequired(true);
            field.setWidthFull();
        }
        current.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.CURRENT_PASSWORD);
        replacement.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);
        confirmation.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);
        replacement.setHelperText("At least " + PasswordPolicy.MIN_LENGTH + " characters; not your user name.");

        var save = new Button("Change password", click -> save(accountService));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        var logout = new Button("Log out", click -> authenticationContext.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);

        var card = new com.vaadin.flow.component.orderedlayout.VerticalLayout(
                new H1("Change your password"), intro, current, replacement, confirmation, save, logout);
        card.addClassName("form-card");
        add(card);
    }

    private void save(AccountService accountService) {
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
            getUI().ifPresent(ui -> ui.navigate(""));
        } catch (PasswordChangeRefusedException refused) {
            PasswordField field = refused.field() == PasswordChangeRefusedException.Field.CURRENT ? current : replacement;
            field.setErrorMessage(refused.getMessage());
            field.setInvalid(true);
        }
    }
}

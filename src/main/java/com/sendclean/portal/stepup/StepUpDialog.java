package com.sendclean.portal.stepup;

import com.sendclean.portal.security.PasswordPolicy;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;

/**
 * Asks for the password before a sensitive action unless it was typed recently. Use it around the action:
 * {@code StepUpDialog.ifNeeded(stepUpService, () -> smtpUsers.revealPassword(id))}; the service itself still calls
 * {@link StepUpService#requireFresh()}.
 */
public final class StepUpDialog extends Dialog {

    private final PasswordField password = new PasswordField("Password");

    private StepUpDialog(StepUpService stepUp, Runnable action) {
        setHeaderTitle("Confirm your password");
        password.setMaxLength(PasswordPolicy.MAX_LENGTH);
        password.setRequired(true);
        password.setAutocomplete(Autocomplete.CURRENT_PASSWORD);
        password.setWidthFull();
        add(new Paragraph("This action needs your password again, because you have not entered it for a while."),
                password);
        var confirm = new Button("Confirm", click -> confirm(stepUp, action));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickShortcut(Key.ENTER).listenOn(this);
        getFooter().add(new Button("Cancel", click -> close()), confirm);
        setCloseOnEsc(true);
        setCloseOnOutsideClick(false);
    }

    /** Runs the action at once when the password is recent, otherwise after the user confirmed it. */
    public static void ifNeeded(StepUpService stepUp, Runnable action) {
        if (stepUp.isFresh()) {
            action.run();
            return;
        }
        var dialog = new StepUpDialog(stepUp, action);
        dialog.open();
        dialog.password.focus();
    }

    private void confirm(StepUpService stepUp, Runnable action) {
        try {
            stepUp.confirmPassword(password.getValue());
        } catch (StepUpRefusedException refused) {
            password.clear();
            password.setErrorMessage(refused.getMessage());
            password.setInvalid(true);
            return;
        }
        close();
        action.run();
    }
}

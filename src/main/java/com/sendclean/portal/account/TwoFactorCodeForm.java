package com.sendclean.portal.account;

import com.sendclean.portal.shared.InvalidInputException;
import com.sendclean.portal.twofactor.TwoFactorField;
import com.sendclean.portal.twofactor.TwoFactorService;
import com.sendclean.portal.ui.FieldErrors;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;

/**
 * The code that turns two-factor sign-in on or off, written to a {@link Code} by a {@link Binder}. The service
 * validates; its refusals show next to the {@link TwoFactorField} they name.
 */
class TwoFactorCodeForm extends Composite<Div> {

    /** What the user typed: a code from the authenticator app, or a recovery code. */
    public record Code(String code) {
    }

    private final TextField code = new TextField("Code");
    private final Binder<Code> binder = new Binder<>(Code.class);

    TwoFactorCodeForm(String helperText) {
        code.setMaxLength(TwoFactorService.MAX_CODE_LENGTH);
        code.setRequired(true);
        code.getElement().setAttribute("autocomplete", "one-time-code");
        code.setHelperText(helperText);
        // the service is the one judge of the code: no client-side rule may stop a value it would explain
        binder.setDefaultValidatorsEnabled(false);
        binder.forField(code).bind("code");
        binder.readRecord(new Code(""));
        getContent().add(code);
    }

    String write() {
        try {
            return binder.writeRecord().code();
        } catch (ValidationException impossible) {
            throw new IllegalStateException("The code form has no validators of its own", impossible);
        }
    }

    void focus() {
        code.focus();
    }

    void showError(InvalidInputException refused) {
        // a refusal about the whole form (two-factor sign-in is already on or off) still concerns the code typed
        var field = switch (refused.field(TwoFactorField.class).orElse(TwoFactorField.CODE)) {
            case CODE -> code;
        };
        FieldErrors.show(field, refused.getMessage());
    }
}

package com.sendclean.portal.signin;

import com.sendclean.portal.security.SessionAuthentication;
import com.sendclean.portal.security.TwoFactorPendingAuthentication;
import com.sendclean.portal.twofactor.TwoFactorService;
import com.sendclean.portal.ui.LogOutButton;
import com.sendclean.portal.ui.Notifications;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

/** The second sign-in step: a code from the authenticator app, or a recovery code. */
@Route(value = "login/code", autoLayout = false)
@PageTitle("Two-factor sign-in · SendClean Portal")
@PermitAll
class TwoFactorView extends Main implements BeforeEnterObserver {


    private final TwoFactorSignIn signIn;
    private final SessionAuthentication sessionAuthentication;
    private final TextField code = new TextField("Code");

    TwoFactorView(TwoFactorSignIn signIn, SessionAuthentication sessionAuthentication,
                  AuthenticationContext authenticationContext) {
        this.signIn = signIn;
        this.sessionAuthentication = sessionAuthentication;
        addClassName("two-factor-view");

        code.setMaxLength(TwoFactorService.MAX_CODE_LENGTH);
        code.setRequired(true);
        code.getElement().setAttribute("autocomplete", "one-time-code");
        code.setHelperText("The 6-digit code from your authenticator app, or one of your recovery codes.");
        code.setWidthFull();
        var verify = new Button("Verify", click -> verify());
        verify.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        verify.addClickShortcut(Key.ENTER);
        var logout = new LogOutButton(authenticationContext);

        var card = new VerticalLayout(new H1("Two-factor sign-in"),
                new Paragraph("Your password was right. Now confirm that it is you with your second factor."),
                code, verify, logout);
        card.addClassName("form-card");
        add(card);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (sessionAuthentication.current().filter(TwoFactorPendingAuthentication.class::isInstance).isEmpty()) {
            event.forwardTo("");
        } else {
            code.focus();
        }
    }

    private void verify() {
        code.setInvalid(false);
        try {
            var completed = signIn.complete(code.getValue());
            if (completed.recoveryCodesLeft() >= 0) {
                Notifications.notice("You used a recovery code; " + completed.recoveryCodesLeft()
                        + " are left. Create new ones on your profile page.");
            }
            getUI().ifPresent(ui -> ui.navigate(""));
        } catch (TwoFactorRefusedException refused) {
            code.setErrorMessage(refused.getMessage());
            code.setInvalid(true);
            code.clear();
        }
    }
}

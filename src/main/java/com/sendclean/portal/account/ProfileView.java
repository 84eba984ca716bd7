package com.sendclean.portal.account;

import com.sendclean.portal.security.CurrentUser;
import com.sendclean.portal.stepup.StepUpDialog;
import com.sendclean.portal.stepup.StepUpService;
import com.sendclean.portal.twofactor.TotpEnrolment;
import com.sendclean.portal.twofactor.TwoFactorService;
import com.sendclean.portal.twofactor.TwoFactorStatus;
import com.sendclean.portal.shared.InvalidInputException;
import com.sendclean.portal.ui.Notifications;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;

/** The signed-in user's own account: change the password, set up or turn off two-factor sign-in. */
@Route(ProfileView.PATH)
@PageTitle("Profile · SendClean Portal")
@PermitAll
public class ProfileView extends Main {

    static final String PATH = "profile";

    private final TwoFactorService twoFactor;
    private final StepUpService stepUp;
    private final CurrentUser currentUser;
    private final Div twoFactorSection = new Div();

    ProfileView(AccountService accountService, TwoFactorService twoFactor, StepUpService stepUp,
                CurrentUser currentUser) {
        this.twoFactor = twoFactor;
        this.stepUp = stepUp;
        this.currentUser = currentUser;
        addClassName("page");
        addClassName("profile-view");

        var passwordForm = new PasswordChangeForm(accountService,
                () -> Notifications.success("Your password was changed. Your other sessions were signed out."));
        passwordForm.setMaxWidth("28rem");
        add(new H1("Your profile"),
                new Paragraph(new Span("Signed in as "), new Span(currentUser.require().getUsername())),
                new H2("Password"), passwordForm,
                new H2("Two-factor sign-in"), twoFactorSection);
        showStatus();
    }

    private void showStatus() {
        twoFactorSection.removeAll();
        TwoFactorStatus status = twoFactor.status();
        if (!status.enrolled()) {
            if (status.required()) {
                var notice = new Paragraph("Your account requires two-factor sign-in. Set it up to continue.");
                notice.addClassName("two-factor-required");
                twoFactorSection.add(notice);
            } else {
                twoFactorSection.add(new Paragraph("Two-factor sign-in is off. With it on, signing in needs a code "
                        + "from an authenticator app on your phone as well as your password."));
            }
            var setUp = new Button("Set up two-factor sign-in", click -> StepUpDialog.ifNeeded(stepUp, () -> showEnrolment(twoFactor.startEnrolment())));
            setUp.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            twoFactorSection.add(setUp);
            return;
        }
        twoFactorSection.add(new Paragraph("Two-factor sign-in is on. Unused recovery codes: "
                + status.recoveryCodesLeft() + "."));
        var newCodes = new Button("New recovery codes",
                click -> StepUpDialog.ifNeeded(stepUp, () -> showRecoveryCodes(twoFactor.newRecoveryCodes())));
        twoFactorSection.add(newCodes);
        if (currentUser.require().isPlatformAdmin()) {
            var requireForMe = new Checkbox("Require two-factor sign-in for my account", status.requiredBySelf());
            requireForMe.addValueChangeListener(change -> {
                if (change.isFromClient()) {
                    twoFactor.requireForMyself(change.getValue());
                    Notifications.success(change.getValue() ? "Two-factor sign-in is now required for your account."
                            : "Two-factor sign-in is no longer required for your account.");
                    showStatus();
                }
            });
            twoFactorSection.add(new Div(requireForMe));
        }
        if (status.required()) {
            twoFactorSection.add(new Paragraph("Your account requires two-factor sign-in, so it cannot be turned off."));
            return;
        }
        var code = new TwoFactorCodeForm("To turn it off, enter a current code from your app or a recovery code.");
        var turnOff = new Button("Turn off two-factor sign-in", click -> StepUpDialog.ifNeeded(stepUp, () -> {
            try {
                twoFactor.disable(code.write());
                Notifications.success("Two-factor sign-in is off.");
                showStatus();
            } catch (InvalidInputException refused) {
                code.showError(refused);
            }
        }));
        turnOff.addThemeVariants(ButtonVariant.LUMO_ERROR);
        twoFactorSection.add(code, turnOff);
    }

    private void showEnrolment(TotpEnrolment enrolment) {
        twoFactorSection.removeAll();
        var qr = new Image(enrolment.qrCodeDataUri(), "QR code for your authenticator app");
        qr.addClassName("totp-qr-code");
        qr.setWidth("200px");
        qr.setHeight("200px");
        var secret = new Span(enrolment.secretForManualEntry());
        secret.addClassName("totp-secret");
        var code = new TwoFactorCodeForm("The 6-digit code your app shows now.");
        var confirm = new Button("Turn on", click -> StepUpDialog.ifNeeded(stepUp, () -> {
            try {
                showRecoveryCodes(twoFactor.confirmEnrolment(code.write()));
            } catch (InvalidInputException refused) {
                code.showError(refused);
            }
        }));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var cancel = new Button("Cancel", click -> showStatus());
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        twoFactorSection.add(
                new Paragraph("1. Scan this QR code with an authenticator app, such as Aegis, FreeOTP, "
                        + "Google Authenticator or 1Password."),
                qr,
                new Paragraph(new Span("Or type this key into the app: "), secret),
                new Paragraph("2. Enter the code the app shows, to prove it is set up."),
                code, confirm, cancel);
        code.focus();
    }

    private void showRecoveryCodes(List<String> codes) {
        twoFactorSection.removeAll();
        var list = new UnorderedList();
        list.addClassName("recovery-codes");
        codes.forEach(recoveryCode -> list.add(new ListItem(recoveryCode)));
        var done = new Button("I have saved them", click -> showStatus());
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        twoFactorSection.add(
                new Paragraph("Two-factor sign-in is on. These are your recovery codes. Each one signs you in once "
                        + "if you lose your phone. Keep them somewhere safe: they are shown only now."),
                list, done);
    }
}

package com.sendclean.portal.account;

import com.sendclean.portal.security.PasswordPolicy;
import com.sendclean.portal.ui.LogOutButton;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

/** Where a user replaces an initial or reset password; the portal sends them here until they do. */
@Route(value = "change-password", autoLayout = false)
@PageTitle("Change password · SendClean Portal")
@PermitAll
public class ChangePasswordView extends Main {

    ChangePasswordView(AccountService accountService, AuthenticationContext authenticationContext) {
        addClassName("change-password-view");
        var intro = new Paragraph("Choose a new password of at least " + PasswordPolicy.MIN_LENGTH
                + " characters. A long phrase is easier to remember than a short jumble.");
        var form = new PasswordChangeForm(accountService, () -> getUI().ifPresent(ui -> ui.navigate("")));
        var logout = new LogOutButton(authenticationContext);

        var card = new VerticalLayout(new H1("Change your password"), intro, form, logout);
        card.addClassName("form-card");
        add(card);
    }
}

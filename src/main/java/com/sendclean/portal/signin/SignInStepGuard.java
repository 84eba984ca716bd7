package com.sendclean.portal.signin;

import com.sendclean.portal.account.AccountService;
import com.sendclean.portal.account.ChangePasswordView;
import com.sendclean.portal.account.ProfileView;
import com.sendclean.portal.security.CurrentUser;
import com.sendclean.portal.security.SessionAuthentication;
import com.sendclean.portal.security.TwoFactorPendingAuthentication;
import com.sendclean.portal.twofactor.TwoFactorService;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * Keeps a user on the step of signing in that is still open, whatever page they ask for: the second factor after
 * the password, then replacing an initial or reset password, then setting up two-factor sign-in when their account
 * requires it. Runs before any page (and its layout) is built.
 */
@Component
class SignInStepGuard implements VaadinServiceInitListener {

    private final AccountService accountService;
    private final TwoFactorService twoFactorService;
    private final CurrentUser currentUser;
    private final SessionAuthentication sessionAuthentication;

    SignInStepGuard(AccountService accountService, TwoFactorService twoFactorService, CurrentUser currentUser,
                    SessionAuthentication sessionAuthentication) {
        this.accountService = accountService;
        this.twoFactorService = twoFactorService;
        this.currentUser = currentUser;
        this.sessionAuthentication = sessionAuthentication;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::beforeEnter));
    }

    private void beforeEnter(BeforeEnterEvent event) {
        Class<?> target = event.getNavigationTarget();
        if (target == LoginView.class) {
            return;
        }
        if (sessionAuthentication.current().filter(TwoFactorPendingAuthentication.class::isInstance).isPresent()) {
            if (target != TwoFactorView.class) {
                event.rerouteTo(TwoFactorView.class);
            }
            return;
        }
        if (currentUser.get().isEmpty() || target == ChangePasswordView.class || target == TwoFactorView.class) {
            return;
        }
        if (accountService.mustChangePassword()) {
            event.rerouteTo(ChangePasswordView.class);
            return;
        }
        if (target != ProfileView.class && twoFactorService.mustEnrol()) {
            event.rerouteTo(ProfileView.class);
        }
    }
}

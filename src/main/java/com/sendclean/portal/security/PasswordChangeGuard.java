package com.sendclean.portal.security;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/** Keeps a user who must change their password on the change-password page until they have done so. */
@Component
class PasswordChangeGuard implements VaadinServiceInitListener {

    private final AccountService accountService;
    private final CurrentUser currentUser;

    PasswordChangeGuard(AccountService accountService, CurrentUser currentUser) {
        this.accountService = accountService;
        this.currentUser = currentUser;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::beforeEnter));
    }

    private void beforeEnter(BeforeEnterEvent event) {
        Class<?> target = event.getNavigationTarget();
        if (target == ChangePasswordView.class || target == LoginView.class || currentUser.get().isEmpty()) {
            return;
        }
        if (accountService.mustChangePassword()) {
            event.rerouteTo(ChangePasswordView.class);
        }
    }
}

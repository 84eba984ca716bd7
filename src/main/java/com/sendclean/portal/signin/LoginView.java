package com.sendclean.portal.signin;

import com.sendclean.portal.security.SignInThrottledException;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.springframework.security.web.WebAttributes;

/** The sign-in page. Spring Security processes the form; a failure comes back as {@code ?error}. */
@Route(value = "login", autoLayout = false)
@PageTitle("Sign in · SendClean Portal")
@AnonymousAllowed
class LoginView extends Main implements BeforeEnterObserver {

    private final AuthenticationContext authenticationContext;
    private final LoginForm form = new LoginForm();

    LoginView(AuthenticationContext authenticationContext) {
        this.authenticationContext = authenticationContext;
        addClassName("login-view");

        form.setI18n(i18n(false));
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);

        var title = new H1("SendClean Portal");
        title.addClassName("login-title");
        var hint = new Paragraph("Manage your SendClean SMTP users.");
        hint.addClassName("login-hint");
        add(title, hint, form);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authenticationContext.isAuthenticated()) {
            event.forwardTo("");
            return;
        }
        boolean failed = event.getLocation().getQueryParameters().getParameters().containsKey("error");
        form.setI18n(i18n(failed && lastFailureWasThrottling()));
        form.setError(failed);
        keepUsername(failed);
    }

    /**
     * The form posts to Spring Security, which answers a failure with a redirect to a fresh page, so the browser
     * keeps the name typed in this tab (never the password) and puts it back after a failed sign-in.
     */
    private void keepUsername(boolean failed) {
        form.getElement().executeJs("""
                const form = this;
                const key = 'portal.sign-in.username';
                form.addEventListener('login', event => sessionStorage.setItem(key, event.detail.username || ''));
                const name = sessionStorage.getItem(key);
                if (!$0 || !name) return;
                const restore = () => {
                  const field = form.querySelector('vaadin-text-field[name=username], [name=username]');
                  if (!field) return requestAnimationFrame(restore);
                  field.value = name;
                  const password = form.querySelector('vaadin-password-field[name=password], [name=password]');
                  if (password) password.focus();
                };
                restore();""", failed);
    }

    /**
     * One message for every wrong name or password, so it never tells whether the account exists. A pause is said as
     * such; it happens for made-up names exactly as for real ones, so it reveals nothing either.
     */
    private static LoginI18n i18n(boolean throttled) {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle("Sign in");
        i18n.getForm().setUsername("Username");
        i18n.getForm().setPassword("Password");
        i18n.getForm().setSubmit("Log in");
        if (throttled) {
            i18n.getErrorMessage().setTitle("Too many failed sign-ins");
            i18n.getErrorMessage().setMessage("Sign-in is paused for a while after repeated failures. "
                    + "Wait a few minutes, then try again.");
        } else {
            i18n.getErrorMessage().setTitle("Incorrect username or password");
            i18n.getErrorMessage().setMessage("Check that you entered the right username and password, and try again.");
        }
        return i18n;
    }

    private static boolean lastFailureWasThrottling() {
        VaadinSession session = VaadinSession.getCurrent();
        return session != null && session.getSession() != null
                && session.getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION)
                        instanceof SignInThrottledException;
    }
}

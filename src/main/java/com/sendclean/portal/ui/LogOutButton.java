package com.sendclean.portal.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.springframework.security.web.csrf.CsrfToken;

/**
 * "Log out" as a native form POST to Spring Security's /logout: the browser leaves the page, the session ends on the
 * server, and only then does the login page load in a fresh session. Vaadin's {@code AuthenticationContext.logout()}
 * pushed the navigation to /login before the session was invalidated, so under load the login page could be built in
 * the dying session and a sign-in typed right away was silently lost. The fallback is kept for a request that carries
 * no CSRF token (it should not happen: Spring's filter puts one on every request).
 */
public final class LogOutButton extends Button {

    private static final String POST_LOGOUT = """
            const form = document.createElement('form');
            form.method = 'post';
            form.action = 'logout';
            const token = document.createElement('input');
            token.type = 'hidden';
            token.name = $0;
            token.value = $1;
            form.append(token);
            document.body.append(form);
            form.submit();
            """;

    public LogOutButton(AuthenticationContext authenticationContext) {
        super("Log out", VaadinIcon.SIGN_OUT.create());
        addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        addClickListener(click -> {
            VaadinRequest request = VaadinRequest.getCurrent();
            if (request != null && request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken csrf) {
                setEnabled(false);
                getElement().executeJs(POST_LOGOUT, csrf.getParameterName(), csrf.getToken());
            } else {
                authenticationContext.logout();
            }
        });
    }
}

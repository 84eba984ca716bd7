package com.sendclean.portal.smtpusers.ui;

import com.sendclean.portal.credentials.CredentialsView;
import com.sendclean.portal.smtpusers.FailureMessages;
import com.sendclean.portal.tenant.TenantLinks;
import com.sendclean.portal.ui.Notifications;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/** Shows why something failed; an Admin whose credentials are the problem gets a link to fix them. */
final class FailureNotification {

    private FailureNotification() {}

    static void show(RuntimeException failure, String prefix, boolean isAdmin, String tenantSlug) {
        String message = prefix + FailureMessages.of(failure);
        if (!FailureMessages.concernsCredentials(failure) || !isAdmin) {
            Notifications.error(message);
            return;
        }
        var notification = new Notification();
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        notification.setDuration(8000);
        notification.setPosition(Notification.Position.MIDDLE);
        var link = TenantLinks.link("Update the credentials", CredentialsView.class, tenantSlug);
        var close = new Button(VaadinIcon.CLOSE_SMALL.create(), click -> notification.close());
        close.setAriaLabel("Close");
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        notification.add(new HorizontalLayout(new Span(message), link, close));
        notification.open();
    }
}

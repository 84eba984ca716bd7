package com.sendclean.portal.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/**
 * Short confirmations and errors, announced to screen readers by Vaadin's notification. The only place that opens a
 * {@link Notification}, so every message of the portal looks and lasts the same.
 */
public final class Notifications {

    private Notifications() {}

    public static void success(String message) {
        var notification = Notification.show(message, 3000, Notification.Position.BOTTOM_START);
        notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    /** Something the user should read before going on, with no success or error about it. */
    public static void notice(String message) {
        Notification.show(message, 8000, Notification.Position.MIDDLE);
    }

    public static void error(String message) {
        var notification = Notification.show(message, 6000, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    /** An error with a way to fix it (a link or a button), which stays longer and can be closed. */
    public static void error(String message, Component fix) {
        var notification = new Notification();
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        notification.setDuration(8000);
        notification.setPosition(Notification.Position.MIDDLE);
        var close = new Button(VaadinIcon.CLOSE_SMALL.create(), click -> notification.close());
        close.setAriaLabel("Close");
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        notification.add(new HorizontalLayout(new Span(message), fix, close));
        notification.open();
    }
}

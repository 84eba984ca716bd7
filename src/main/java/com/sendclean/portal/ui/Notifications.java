package com.sendclean.portal.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** Short confirmations and errors, announced to screen readers by Vaadin's notification. */
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
}

package org.dcrconsole.base.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** The console's toasts: short success notes, and errors that stay until read. */
public final class Notifications {

    private Notifications() {
    }

    public static Notification success(String text) {
        Notification n = Notification.show(text, 3000, Notification.Position.BOTTOM_END);
        n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        return n;
    }

    public static Notification error(String text) {
        Notification n = Notification.show(text, 8000, Notification.Position.MIDDLE);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
        return n;
    }

    public static Notification warning(String text) {
        Notification n = Notification.show(text, 6000, Notification.Position.BOTTOM_END);
        n.addThemeVariants(NotificationVariant.LUMO_WARNING);
        return n;
    }
}

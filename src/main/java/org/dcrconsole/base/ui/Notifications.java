package org.dcrconsole.base.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import org.dcrconsole.base.BusinessException;
import org.dcrconsole.base.i18n.Labels;
import org.springframework.dao.OptimisticLockingFailureException;

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

    /**
     * Runs a service call from a button: a refusal shows its own message, a concurrent change the
     * message that someone else changed it first, as an error that stays until read.
     *
     * @return whether the call went through
     */
    public static boolean attempt(Runnable action) {
        try {
            action.run();
            return true;
        } catch (BusinessException e) {
            error(Labels.t(e.messageKey(), e.args()));
        } catch (OptimisticLockingFailureException e) {
            error(Labels.t("error.concurrentChange"));
        }
        return false;
    }
}

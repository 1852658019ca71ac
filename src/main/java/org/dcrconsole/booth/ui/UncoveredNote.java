package org.dcrconsole.booth.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.dcrconsole.base.i18n.Labels;
import org.dcrconsole.base.supply.Supply;

/**
 * The desk's quiet note when the store's books could not cover supplies handed out: the check-in
 * stands, the stock keeper sees a discrepancy; nobody at the desk has to act, so it is no error.
 */
final class UncoveredNote {

    private UncoveredNote() {
    }

    static void show(Map<Supply, Integer> uncovered) {
        if (uncovered.isEmpty()) {
            return;
        }
        String items = new TreeMap<>(uncovered).entrySet().stream()
                .map(e -> e.getValue() + "× " + Labels.t("checkin.supply." + e.getKey().name()))
                .collect(Collectors.joining(", "));
        Notification n = Notification.show(Labels.t("correction.uncovered", items), 6000, Notification.Position.BOTTOM_START);
        n.addThemeVariants(NotificationVariant.LUMO_CONTRAST);
    }
}

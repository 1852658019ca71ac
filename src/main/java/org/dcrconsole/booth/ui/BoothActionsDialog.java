package org.dcrconsole.booth.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import org.dcrconsole.base.i18n.Labels;

/**
 * The rest of a booth's actions, behind the tile's "more" button: the tile itself keeps only its
 * one primary action so that a whole room fits on one screen. Each {@link Action} becomes a
 * button; clicking it closes the dialog and runs the action's handler (which may open a dialog of
 * its own). A disabled action is shown, greyed, so staff see that it exists.
 */
public final class BoothActionsDialog extends Dialog {

    /** Id prefix of the dialog's buttons, followed by {@link Action#key()}. */
    public static final String BUTTON = "booth-action-";

    /**
     * One entry of the dialog. {@code key} is stable and names the button's id
     * ({@code booth-action-<key>}); {@code label} is the translated text.
     */
    public record Action(String key, String label, boolean enabled, Runnable handler) {
    }

    /**
     * Builds the dialog of one booth. {@code details} are short lines shown above the buttons
     * (who is in the booth, since when); {@code actions} are shown in the given order.
     */
    public BoothActionsDialog(String boothLabel, List<String> details, List<Action> actions) {
        setId("booth-actions");
        setHeaderTitle(Labels.t("board.more.title", boothLabel));
        for (String line : details) {
            add(new Paragraph(line));
        }
        Div buttons = new Div();
        buttons.addClassName("booth-actions");
        if (actions.isEmpty()) {
            buttons.add(new Paragraph(Labels.t("board.more.none")));
        }
        for (Action action : actions) {
            Button button = new Button(action.label(), e -> {
                close();
                action.handler().run();
            });
            button.setId(BUTTON + action.key());
            button.setEnabled(action.enabled());
            button.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
            buttons.add(button);
        }
        add(buttons);
        Button close = new Button(Labels.t("board.more.close"), e -> close());
        close.setId("booth-actions-close");
        getFooter().add(close);
    }
}

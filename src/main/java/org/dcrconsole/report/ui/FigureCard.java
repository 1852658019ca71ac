package org.dcrconsole.report.ui;

import com.vaadin.flow.component.Component;
import java.util.Locale;
import java.util.OptionalDouble;
import org.dcrconsole.base.ui.Markup;
import org.dcrconsole.report.Comparison;
import org.dcrconsole.report.Figure;
import org.dcrconsole.report.FigureFormat;

/**
 * One key figure as markup: its value, the previous period's value and the change between them.
 * Written into the figure grid's innerHTML rather than built of components, since a dozen cards
 * of five elements each cost a state node apiece in every open session.
 */
final class FigureCard {

    private FigureCard() {
    }

    /** Writes the card for {@code figure}; {@code i18n} is the view whose translations it uses. */
    static void write(Markup html, Component i18n, Figure figure, Comparison comparison, Locale locale) {
        OptionalDouble delta = comparison.change(figure);
        String direction = delta.isPresent() && Math.abs(delta.getAsDouble()) >= 0.005
                ? (delta.getAsDouble() > 0 ? " up" : " down") : "";
        html.open("div", "id", "figure-" + figure.name(), "class", "figure-card")
                .element("span", i18n.getTranslation(figure.key()), "class", "figure-label")
                .element("span", FigureFormat.value(figure, comparison.current().value(figure), locale),
                        "class", "figure-value")
                .open("div", "class", "figure-footer")
                .element("span", i18n.getTranslation("figure.previous",
                        FigureFormat.value(figure, comparison.previous().value(figure), locale)),
                        "class", "figure-previous")
                .element("span", FigureFormat.change(delta, locale), "class", "figure-change" + direction)
                .close("div")
                .close("div");
    }
}

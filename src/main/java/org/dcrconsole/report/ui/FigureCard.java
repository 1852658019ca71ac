package org.dcrconsole.report.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;
import java.util.OptionalDouble;
import org.dcrconsole.report.Comparison;
import org.dcrconsole.report.Figure;
import org.dcrconsole.report.FigureFormat;

/** One key figure: its value, the previous period's value and the change between them. */
final class FigureCard extends Div {

    private final Span value = new Span();
    private final Span previous = new Span();
    private final Span change = new Span();

    FigureCard(Figure figure, Comparison comparison, Locale locale) {
        addClassName("figure-card");
        setId("figure-" + figure.name());
        Span label = new Span(getTranslation(figure.key()));
        label.addClassName("figure-label");
        value.addClassName("figure-value");
        value.setText(FigureFormat.value(figure, comparison.current().value(figure), locale));
        previous.addClassName("figure-previous");
        previous.setText(getTranslation("figure.previous",
                FigureFormat.value(figure, comparison.previous().value(figure), locale)));
        OptionalDouble delta = comparison.change(figure);
        change.addClassName("figure-change");
        change.setText(FigureFormat.change(delta, locale));
        if (delta.isPresent() && Math.abs(delta.getAsDouble()) >= 0.005) {
            change.addClassName(delta.getAsDouble() > 0 ? "up" : "down");
        }
        Div footer = new Div(previous, change);
        footer.addClassName("figure-footer");
        add(label, value, footer);
    }

    String valueText() {
        return value.getText();
    }

    String previousText() {
        return previous.getText();
    }
}

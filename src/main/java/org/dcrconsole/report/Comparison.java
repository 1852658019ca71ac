package org.dcrconsole.report;

import java.util.List;
import java.util.OptionalDouble;

/** The figures of a period beside the same figures of the period before it. */
public record Comparison(FigureSet current, FigureSet previous) {

    /** The figures present, in the dashboard's order. */
    public List<Figure> figures() {
        return current.values().keySet().stream().sorted().toList();
    }

    /** The relative change from the previous period (0.25 = +25 %); empty when the previous value is 0. */
    public OptionalDouble change(Figure figure) {
        double before = previous.value(figure);
        if (before == 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of((current.value(figure) - before) / before);
    }
}

package org.dcrconsole.report;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/** The values of some figures for one period; a figure a role may not see is simply absent. */
public record FigureSet(Period period, Map<Figure, Double> values) {

    public FigureSet {
        values = Collections.unmodifiableMap(new EnumMap<>(values.isEmpty() ? new EnumMap<>(Figure.class) : values));
    }

    public Optional<Double> get(Figure figure) {
        return Optional.ofNullable(values.get(figure));
    }

    /** The value, or 0 when absent. */
    public double value(Figure figure) {
        return values.getOrDefault(figure, 0.0);
    }

    public boolean has(Figure figure) {
        return values.containsKey(figure);
    }
}

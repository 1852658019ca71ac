package org.dcrconsole.report;

import java.text.NumberFormat;
import java.util.Locale;
import java.util.OptionalDouble;

/** How figures and their changes are written on screen, in CSV and in the PDF. */
public final class FigureFormat {

    private FigureFormat() {
    }

    public static String value(Figure figure, double value, Locale locale) {
        return switch (figure.format()) {
            case COUNT -> NumberFormat.getIntegerInstance(locale).format(Math.round(value));
            case PERCENT -> decimal(value, locale) + " %";
            case RATE -> decimal(value, locale);
        };
    }

    /** "+12 %", "−5 %", "±0 %", or "–" when there is nothing to compare with. */
    public static String change(OptionalDouble change, Locale locale) {
        if (change.isEmpty()) {
            return "–";
        }
        long pct = Math.round(change.getAsDouble() * 100);
        String sign = pct > 0 ? "+" : pct < 0 ? "−" : "±";
        return sign + NumberFormat.getIntegerInstance(locale).format(Math.abs(pct)) + " %";
    }

    private static String decimal(double value, Locale locale) {
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMinimumFractionDigits(1);
        f.setMaximumFractionDigits(1);
        f.setRoundingMode(java.math.RoundingMode.HALF_UP);
        return f.format(value);
    }
}

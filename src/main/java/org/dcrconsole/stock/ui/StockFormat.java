package org.dcrconsole.stock.ui;

import com.vaadin.flow.component.html.Span;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.dcrconsole.base.i18n.Labels;
import org.dcrconsole.stock.StockStatus;
import org.jspecify.annotations.Nullable;

/** Numbers, dates and status badges as the stock screens show them. */
final class StockFormat {

    private StockFormat() {
    }

    static String date(@Nullable LocalDate date, Locale locale) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
    }

    static String dateTime(@Nullable Instant instant, ZoneId zone, Locale locale) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale).withZone(zone).format(instant);
    }

    static String decimal(@Nullable Double value, Locale locale) {
        return value == null ? "–" : String.format(locale, "%.1f", value);
    }

    static Span status(StockStatus status) {
        Span badge = new Span(Labels.of(status));
        badge.addClassNames("stock-status", "stock-status-" + status.name().toLowerCase(Locale.ROOT));
        return badge;
    }
}

package org.dcrconsole.report;

import java.time.DayOfWeek;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dcrconsole.base.chart.SvgChart;
import org.dcrconsole.base.chart.SvgChart.Cell;
import org.dcrconsole.base.chart.SvgChart.Point;
import org.dcrconsole.base.i18n.Labels;

/** Turns {@link ChartData} into the dashboard's SVG charts, with translated titles and labels. */
public final class ReportCharts {

    private ReportCharts() {
    }

    public static String episodesPerDay(ChartData data, Locale locale) {
        DateTimeFormatter f = DateTimeFormatter.ofPattern(locale.getLanguage().equals("de") ? "d.M." : "d MMM", locale);
        List<Point> points = data.episodesPerDay().stream().map(d -> new Point(d.day().format(f), d.count())).toList();
        return SvgChart.line(Labels.t(locale, "chart.episodesPerDay"), Labels.t(locale, "chart.episodes"), points);
    }

    public static String occupancyHeatMap(ChartData data, Locale locale) {
        List<Integer> hours = data.hourColumns();
        List<String> rows = new ArrayList<>();
        for (DayOfWeek d : DayOfWeek.values()) {
            rows.add(d.getDisplayName(TextStyle.SHORT, locale));
        }
        List<String> columns = new ArrayList<>();
        hours.forEach(h -> columns.add(String.valueOf(h)));
        List<Cell> cells = new ArrayList<>();
        for (int d = 0; d < 7; d++) {
            for (int c = 0; c < hours.size(); c++) {
                Double v = data.occupancy()[d][hours.get(c)];
                if (v != null) {
                    cells.add(new Cell(d, c, Math.round(v * 10) / 10.0));
                }
            }
        }
        return SvgChart.heatMap(Labels.t(locale, "chart.occupancy"), rows, columns, cells, " %");
    }

    public static String substances(ChartData data, Locale locale) {
        return SvgChart.mix(Labels.t(locale, "chart.substances"), points(data.substances(), "report.substance.", locale));
    }

    public static String routes(ChartData data, Locale locale) {
        return SvgChart.mix(Labels.t(locale, "chart.routes"), points(data.routes(), "report.route.", locale));
    }

    public static String emergenciesPerMonth(ChartData data, Locale locale) {
        DateTimeFormatter f = DateTimeFormatter.ofPattern("MMM yy", locale);
        List<Point> points = data.emergenciesPerMonth().stream()
                .map(m -> new Point(m.month().format(f), m.count())).toList();
        return SvgChart.bars(Labels.t(locale, "chart.emergenciesPerMonth"), Labels.t(locale, "chart.emergencies"), points);
    }

    /** Translated points of a breakdown, largest first. */
    static List<Point> points(Map<String, Long> values, String keyPrefix, Locale locale) {
        return values.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .map(e -> new Point(Labels.t(locale, keyPrefix + e.getKey()), e.getValue())).toList();
    }
}

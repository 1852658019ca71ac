package org.dcrconsole.base.chart;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.dcrconsole.base.ui.Markup;

/**
 * The console's charts, drawn as SVG text on the server: no JavaScript, scales with its
 * container (a {@code viewBox} and 100 % width), colours from Lumo's CSS variables so dark
 * mode works, and a text alternative ({@code <title>}, {@code <desc>} listing every value)
 * for screen readers and for tests. Every chart of the console goes through this class.
 */
public final class SvgChart {

    /** One named value, e.g. a day and its episode count. */
    public record Point(String label, double value) {
    }

    /** One cell of a heat map. */
    public record Cell(int row, int column, double value) {
    }

    static final int WIDTH = 720;
    static final int HEIGHT = 300;
    private static final int LEFT = 56;
    private static final int RIGHT = 16;
    private static final int TOP = 36;
    private static final int BOTTOM = 56;
    private static final AtomicInteger IDS = new AtomicInteger();

    private SvgChart() {
    }

    /** Vertical bars, one per point, with a labelled y axis; long label lists are thinned. */
    public static String bars(String title, String yLabel, List<Point> points) {
        return columns(title, yLabel, points, false);
    }

    /** A line through the points (e.g. episodes per day), with dots and a labelled y axis. */
    public static String line(String title, String yLabel, List<Point> points) {
        return columns(title, yLabel, points, true);
    }

    /** Horizontal bars with the value at the end of each: a mix (substances, routes). */
    public static String mix(String title, List<Point> points) {
        int rowHeight = 28;
        int height = TOP + Math.max(1, points.size()) * rowHeight + 16;
        int labelWidth = 150;
        double max = Math.max(1, points.stream().mapToDouble(Point::value).max().orElse(0));
        double total = points.stream().mapToDouble(Point::value).sum();
        StringBuilder svg = open(title, describe(points), WIDTH, height);
        for (int i = 0; i < points.size(); i++) {
            Point p = points.get(i);
            int y = TOP + i * rowHeight;
            double w = (WIDTH - labelWidth - RIGHT - 90) * p.value() / max;
            svg.append(text(labelWidth - 8, y + 18, "end", p.label()));
            svg.append("<rect x=\"%d\" y=\"%d\" width=\"%s\" height=\"%d\" rx=\"3\" style=\"fill:var(--lumo-primary-color)\"><title>%s</title></rect>"
                    .formatted(labelWidth, y + 4, num(w), rowHeight - 8, esc(p.label() + ": " + fmt(p.value()))));
            String share = total > 0 ? " (" + Math.round(100 * p.value() / total) + " %)" : "";
            svg.append(text(labelWidth + w + 6, y + 18, "start", fmt(p.value()) + share));
        }
        return svg.append("</svg>").toString();
    }

    /**
     * A heat map: rows × columns of cells shaded by value (e.g. weekday × hour occupancy). Cells
     * not given are empty.
     */
    public static String heatMap(String title, List<String> rows, List<String> columns, List<Cell> cells,
                                 String unit) {
        int labelWidth = 48;
        int cellW = Math.max(8, (WIDTH - labelWidth - RIGHT) / Math.max(1, columns.size()));
        int cellH = 24;
        int height = TOP + rows.size() * cellH + 28;
        double max = Math.max(1e-9, cells.stream().mapToDouble(Cell::value).max().orElse(0));
        StringBuilder desc = new StringBuilder();
        for (Cell c : cells) {
            desc.append(rows.get(c.row())).append(' ').append(columns.get(c.column())).append(": ")
                    .append(fmt(c.value())).append(unit).append("; ");
        }
        StringBuilder svg = open(title, desc.toString(), WIDTH, height);
        for (int r = 0; r < rows.size(); r++) {
            svg.append(text(labelWidth - 6, TOP + r * cellH + 16, "end", rows.get(r)));
        }
        int every = Math.max(1, (int) Math.ceil(columns.size() / 12.0));
        for (int c = 0; c < columns.size(); c += every) {
            svg.append(text(labelWidth + c * cellW + cellW / 2.0, TOP + rows.size() * cellH + 16, "middle", columns.get(c)));
        }
        for (Cell c : cells) {
            double share = Math.max(0, Math.min(1, c.value() / max));
            svg.append(("<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" style=\"fill:var(--lumo-primary-color);"
                    + "fill-opacity:%s\"><title>%s</title></rect>").formatted(labelWidth + c.column() * cellW,
                    TOP + c.row() * cellH, cellW - 1, cellH - 1, num(0.08 + 0.92 * share),
                    esc(rows.get(c.row()) + " " + columns.get(c.column()) + ": " + fmt(c.value()) + unit)));
        }
        return svg.append("</svg>").toString();
    }

    private static String columns(String title, String yLabel, List<Point> points, boolean asLine) {
        StringBuilder svg = open(title, describe(points), WIDTH, HEIGHT);
        double max = niceMax(points.stream().mapToDouble(Point::value).max().orElse(0));
        int plotW = WIDTH - LEFT - RIGHT;
        int plotH = HEIGHT - TOP - BOTTOM;
        // y axis with 5 ticks
        for (int i = 0; i <= 4; i++) {
            double v = max * i / 4;
            double y = TOP + plotH - plotH * i / 4.0;
            svg.append("<line x1=\"%d\" x2=\"%d\" y1=\"%s\" y2=\"%s\" style=\"stroke:var(--lumo-contrast-10pct)\"/>"
                    .formatted(LEFT, WIDTH - RIGHT, num(y), num(y)));
            svg.append(text(LEFT - 6, y + 4, "end", fmt(v)));
        }
        svg.append(("<text x=\"14\" y=\"%d\" transform=\"rotate(-90 14 %d)\" text-anchor=\"middle\" font-size=\"12\" "
                + "style=\"fill:var(--lumo-secondary-text-color)\">%s</text>").formatted(TOP + plotH / 2, TOP + plotH / 2,
                esc(yLabel)));
        svg.append("<line x1=\"%d\" x2=\"%d\" y1=\"%d\" y2=\"%d\" style=\"stroke:var(--lumo-contrast-50pct)\"/>"
                .formatted(LEFT, WIDTH - RIGHT, TOP + plotH, TOP + plotH));
        int n = points.size();
        double slot = n == 0 ? plotW : (double) plotW / n;
        int every = Math.max(1, (int) Math.ceil(n / 12.0));
        StringBuilder path = new StringBuilder();
        for (int i = 0; i < n; i++) {
            Point p = points.get(i);
            double h = max == 0 ? 0 : plotH * p.value() / max;
            double x = LEFT + i * slot;
            String tip = "<title>" + esc(p.label() + ": " + fmt(p.value())) + "</title>";
            if (asLine) {
                double cx = x + slot / 2;
                double cy = TOP + plotH - h;
                path.append(i == 0 ? "M" : "L").append(num(cx)).append(',').append(num(cy));
                svg.append("<circle cx=\"%s\" cy=\"%s\" r=\"3\" style=\"fill:var(--lumo-primary-color)\">%s</circle>"
                        .formatted(num(cx), num(cy), tip));
            } else {
                svg.append("<rect x=\"%s\" y=\"%s\" width=\"%s\" height=\"%s\" style=\"fill:var(--lumo-primary-color)\">%s</rect>"
                        .formatted(num(x + slot * 0.15), num(TOP + plotH - h), num(slot * 0.7), num(h), tip));
            }
            if (i % every == 0) {
                svg.append(text(x + slot / 2, TOP + plotH + 18, "middle", p.label()));
            }
        }
        if (asLine && n > 0) {
            svg.append("<path d=\"%s\" style=\"fill:none;stroke:var(--lumo-primary-color);stroke-width:2\"/>"
                    .formatted(path));
        }
        return svg.append("</svg>").toString();
    }

    private static StringBuilder open(String title, String description, int width, int height) {
        int id = IDS.incrementAndGet();
        StringBuilder svg = new StringBuilder(4096);
        svg.append(("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" width=\"100%%\" "
                + "preserveAspectRatio=\"xMidYMid meet\" role=\"img\" aria-labelledby=\"chart-t%d chart-d%d\" "
                + "font-family=\"var(--lumo-font-family, sans-serif)\" style=\"max-width:100%%;height:auto\">")
                .formatted(width, height, id, id));
        svg.append("<title id=\"chart-t%d\">%s</title>".formatted(id, esc(title)));
        svg.append("<desc id=\"chart-d%d\">%s</desc>".formatted(id, esc(description)));
        svg.append(("<text x=\"%d\" y=\"20\" font-size=\"14\" font-weight=\"600\" "
                + "style=\"fill:var(--lumo-body-text-color)\">%s</text>").formatted(8, esc(title)));
        return svg;
    }

    private static String describe(List<Point> points) {
        StringBuilder d = new StringBuilder();
        for (Point p : points) {
            d.append(p.label()).append(": ").append(fmt(p.value())).append("; ");
        }
        return d.toString();
    }

    private static String text(double x, double y, String anchor, String content) {
        return ("<text x=\"%s\" y=\"%s\" text-anchor=\"%s\" font-size=\"11\" "
                + "style=\"fill:var(--lumo-secondary-text-color)\">%s</text>").formatted(num(x), num(y), anchor,
                esc(content));
    }

    /**
     * The smallest 1, 2, 2.5 or 5 × 10^k at or above the value, so axis ticks are round numbers
     * (the PDF's charts use it too).
     */
    public static double niceMax(double value) {
        if (value <= 0) {
            return 1;
        }
        double magnitude = Math.pow(10, Math.floor(Math.log10(value)));
        for (double step : new double[] {1, 2, 2.5, 5, 10}) {
            if (step * magnitude >= value) {
                return step * magnitude;
            }
        }
        return 10 * magnitude;
    }

    /** A chart value: whole numbers without decimals, others to one decimal. */
    public static String fmt(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return String.valueOf((long) v);
        }
        return String.format(Locale.ROOT, "%.1f", v);
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    /** XML-escapes text so labels can never break the markup or inject elements. */
    static String esc(String s) {
        return Markup.escaped(s);
    }
}

package org.dcrconsole.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.dcrconsole.base.i18n.Labels;

/**
 * The funder's report as CSV: one row per number (section, item, value, previous month), numbers
 * unformatted so a spreadsheet can add them up (counts of 1 to 4 as "<5", see {@link SmallCounts}),
 * labels in the user's language. UTF-8 with a BOM so that spreadsheet programs read the umlauts.
 */
public final class MonthlyReportCsv {

    private MonthlyReportCsv() {
    }

    public static void write(MonthlyReport report, Locale locale, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write('\uFEFF');
        row(w, t(locale, "report.csv.section"), t(locale, "report.csv.item"), t(locale, "report.csv.value"),
                t(locale, "report.csv.previous"));
        row(w, t(locale, "report.csv.meta"), t(locale, "report.month"), report.month().toString(), "");
        row(w, t(locale, "report.csv.meta"), t(locale, "report.sites"), String.join(", ", report.siteNames()), "");
        row(w, t(locale, "report.csv.meta"), t(locale, "report.created"),
                DateTimeFormatter.ISO_INSTANT.format(report.createdAt()), "");
        Comparison c = report.figures();
        String figures = t(locale, "report.section.figures");
        for (Figure f : c.figures()) {
            row(w, figures, t(locale, f.key()), figure(f, c.current()), figure(f, c.previous()));
        }
        String clients = t(locale, "report.section.clients");
        // the whole sex × age table adds up to the unique clients: one group for suppression
        Map<String, Long> cells = new LinkedHashMap<>();
        report.clientsBySexAndAge().forEach((sex, bands) -> bands.forEach((band, n) -> cells.put(sex + " " + band, n)));
        Map<String, String> shown = SmallCounts.group(cells);
        report.clientsBySexAndAge().forEach((sex, bands) -> bands.forEach((band, n) ->
                uncheckedRow(w, clients, t(locale, "report.sex." + sex) + " " + t(locale, "report.age." + band),
                        shown.get(sex + " " + band))));
        breakdown(w, t(locale, "report.section.substances"), report.substances(), "report.substance.", locale);
        breakdown(w, t(locale, "report.section.routes"), report.routes(), "report.route.", locale);
        breakdown(w, t(locale, "report.section.referrals"), report.referralsByKind(), "report.referral.", locale);
        breakdown(w, t(locale, "report.section.refusals"), report.refusalsByReason(), "report.refusal.", locale);
        String perDay = t(locale, "chart.episodesPerDay");
        Map<LocalDate, Long> days = new LinkedHashMap<>();
        report.charts().episodesPerDay().forEach(d -> days.put(d.day(), d.count()));
        for (Map.Entry<LocalDate, String> d : SmallCounts.group(days).entrySet()) {
            row(w, perDay, d.getKey().toString(), d.getValue(), "");
        }
        row(w, t(locale, "report.csv.meta"), t(locale, "report.suppression"), t(locale, "report.suppression.note"), "");
        w.flush();
    }

    private static void breakdown(Writer w, String section, Map<String, Long> values, String prefix, Locale locale)
            throws IOException {
        for (Map.Entry<String, String> e : SmallCounts.group(values).entrySet()) {
            row(w, section, t(locale, prefix + e.getKey()), e.getValue(), "");
        }
    }

    private static String figure(Figure f, FigureSet set) {
        return SmallCounts.suppressed(f, set) ? SmallCounts.SMALL : number(f, set.value(f));
    }

    private static String number(Figure f, double v) {
        return f.format() == Figure.Format.COUNT ? String.valueOf(Math.round(v)) : String.format(Locale.ROOT, "%.2f", v);
    }

    private static void uncheckedRow(Writer w, String... cells) {
        try {
            row(w, cells[0], cells[1], cells[2], "");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void row(Writer w, String... cells) throws IOException {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                w.write(',');
            }
            w.write(quote(cells[i]));
        }
        w.write("\r\n");
    }

    /** RFC 4180 quoting; a leading =, +, - or @ is defused so a spreadsheet never runs a label as a formula. */
    static String quote(String s) {
        String v = s;
        if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0 && !v.matches("-?\\d+(\\.\\d+)?")) {
            v = "'" + v;
        }
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r") || !v.equals(s)) {
            return "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }

    private static String t(Locale locale, String key) {
        return Labels.t(locale, key);
    }
}

package org.dcrconsole.report;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.time.DayOfWeek;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dcrconsole.base.chart.SvgChart.Point;
import org.dcrconsole.base.i18n.Labels;

/**
 * The funder's report as an A4 PDF: first the key figures against the previous month and the
 * breakdowns (clients by sex and age, substances, routes, referrals, refusals), then the charts
 * drawn as vector graphics.
 */
public final class MonthlyReportPdf {

    private static final Color HEADER_BG = new Color(0xE8, 0xEE, 0xF7);

    private MonthlyReportPdf() {
    }

    public static void write(MonthlyReport report, Locale locale, OutputStream out) throws IOException {
        Document doc = new Document(PageSize.A4, 42, 42, 42, 42);
        try {
            PdfWriter writer = PdfWriter.getInstance(doc, out);
            doc.addTitle(t(locale, "report.title") + " " + report.month());
            doc.addCreator("DCR Console");
            doc.open();
            BaseFont base = BaseFont.createFont(BaseFont.HELVETICA, BaseFont.CP1252, false);
            BaseFont bold = BaseFont.createFont(BaseFont.HELVETICA_BOLD, BaseFont.CP1252, false);
            Font h1 = new Font(bold, 16);
            Font h2 = new Font(bold, 11);
            Font body = new Font(base, 9);
            Font small = new Font(base, 8, Font.NORMAL, new Color(0x55, 0x55, 0x55));
            Font th = new Font(bold, 9);

            String month = report.month().atDay(1).format(DateTimeFormatter.ofPattern("MMMM yyyy", locale));
            doc.add(new Paragraph(t(locale, "report.title") + " · " + month, h1));
            doc.add(new Paragraph(t(locale, "report.sites") + ": " + String.join(", ", report.siteNames()), body));
            doc.add(new Paragraph(t(locale, "report.created") + ": "
                    + DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").format(report.createdAt().atOffset(ZoneOffset.UTC))
                    + " · " + t(locale, "report.comparedWith") + " "
                    + report.month().minusMonths(1).atDay(1).format(DateTimeFormatter.ofPattern("MMMM yyyy", locale)), small));

            doc.add(heading(t(locale, "report.section.figures"), h2));
            Comparison c = report.figures();
            PdfPTable figures = table(new float[] {5, 2, 2, 1.5f}, th, t(locale, "report.csv.item"), month,
                    t(locale, "report.csv.previous"), t(locale, "report.change"));
            for (Figure f : c.figures()) {
                boolean now = SmallCounts.suppressed(f, c.current());
                boolean before = SmallCounts.suppressed(f, c.previous());
                figures.addCell(cell(t(locale, f.key()), body, Element.ALIGN_LEFT));
                figures.addCell(cell(now ? SmallCounts.SMALL : FigureFormat.value(f, c.current().value(f), locale), body,
                        Element.ALIGN_RIGHT));
                figures.addCell(cell(before ? SmallCounts.SMALL : FigureFormat.value(f, c.previous().value(f), locale),
                        body, Element.ALIGN_RIGHT));
                // a change against a shown month would give the suppressed one back
                figures.addCell(cell(now || before ? SmallCounts.HIDDEN : FigureFormat.change(c.change(f), locale), body,
                        Element.ALIGN_RIGHT));
            }
            doc.add(figures);

            doc.add(heading(t(locale, "report.section.clients"), h2));
            List<String> headers = new ArrayList<>();
            headers.add(t(locale, "report.sex"));
            MonthlyReport.AGE_BANDS.forEach(b -> headers.add(t(locale, "report.age." + b)));
            headers.add(t(locale, "report.total"));
            float[] widths = new float[headers.size()];
            java.util.Arrays.fill(widths, 1);
            widths[0] = 1.6f;
            PdfPTable clients = table(widths, th, headers.toArray(String[]::new));
            int bands = MonthlyReport.AGE_BANDS.size();
            long[] columnTotals = new long[bands + 1];
            boolean[] columnMasked = new boolean[bands + 1];
            // the whole table adds up to the unique clients: one group for suppression, and a row or
            // column total that holds a masked cell is masked too, or it would give the cell back
            Map<String, Long> cells = new LinkedHashMap<>();
            report.clientsBySexAndAge().forEach((sex, byBand) -> MonthlyReport.AGE_BANDS.forEach(b ->
                    cells.put(sex + " " + b, byBand.getOrDefault(b, 0L))));
            Map<String, String> shown = SmallCounts.group(cells);
            for (Map.Entry<String, Map<String, Long>> e : report.clientsBySexAndAge().entrySet()) {
                clients.addCell(cell(t(locale, "report.sex." + e.getKey()), body, Element.ALIGN_LEFT));
                long total = 0;
                boolean rowMasked = false;
                for (int i = 0; i < bands; i++) {
                    long n = e.getValue().getOrDefault(MonthlyReport.AGE_BANDS.get(i), 0L);
                    String text = shown.get(e.getKey() + " " + MonthlyReport.AGE_BANDS.get(i));
                    total += n;
                    columnTotals[i] += n;
                    if (SmallCounts.masked(text)) {
                        rowMasked = true;
                        columnMasked[i] = true;
                    }
                    clients.addCell(cell(text, body, Element.ALIGN_RIGHT));
                }
                columnTotals[bands] += total;
                clients.addCell(cell(rowMasked ? SmallCounts.HIDDEN : SmallCounts.count(total), th, Element.ALIGN_RIGHT));
            }
            clients.addCell(cell(t(locale, "report.total"), th, Element.ALIGN_LEFT));
            for (int i = 0; i <= bands; i++) {
                clients.addCell(cell(columnMasked[i] ? SmallCounts.HIDDEN : SmallCounts.count(columnTotals[i]), th,
                        Element.ALIGN_RIGHT));
            }
            doc.add(clients);

            doc.add(spacer());
            PdfPTable breakdowns = new PdfPTable(2);
            breakdowns.setWidthPercentage(100);
            breakdowns.getDefaultCell().setBorder(0);
            breakdowns.addCell(nested(breakdown(t(locale, "report.section.substances"), report.substances(),
                    "report.substance.", locale, th, body)));
            breakdowns.addCell(nested(breakdown(t(locale, "report.section.routes"), report.routes(),
                    "report.route.", locale, th, body)));
            breakdowns.addCell(nested(breakdown(t(locale, "report.section.referrals"), report.referralsByKind(),
                    "report.referral.", locale, th, body)));
            breakdowns.addCell(nested(breakdown(t(locale, "report.section.refusals"), report.refusalsByReason(),
                    "report.refusal.", locale, th, body)));
            doc.add(breakdowns);
            doc.add(new Paragraph(t(locale, "report.suppression.note"), small));

            doc.newPage();
            doc.add(new Paragraph(t(locale, "report.section.charts"), h2));
            PdfCharts charts = new PdfCharts(writer.getDirectContent(), base);
            float width = doc.getPageSize().getWidth() - doc.leftMargin() - doc.rightMargin();
            DateTimeFormatter day = DateTimeFormatter.ofPattern(locale.getLanguage().equals("de") ? "d.M." : "d MMM", locale);
            ChartData data = report.charts();
            doc.add(charts.columns(t(locale, "chart.episodesPerDay"), data.episodesPerDay().stream()
                    .map(d -> new Point(d.day().format(day), d.count())).toList(), width, 170, true));
            doc.add(spacer());
            List<String> days = new ArrayList<>();
            for (DayOfWeek d : DayOfWeek.values()) {
                days.add(d.getDisplayName(TextStyle.SHORT, locale));
            }
            doc.add(charts.heatMap(t(locale, "chart.occupancy"), days, data.hourColumns(), data.occupancy(), width));
            doc.newPage();
            doc.add(charts.mix(t(locale, "chart.substances"), ReportCharts.points(data.substances(), "report.substance.", locale), width));
            doc.add(spacer());
            doc.add(charts.mix(t(locale, "chart.routes"), ReportCharts.points(data.routes(), "report.route.", locale), width));
            doc.add(spacer());
            DateTimeFormatter mf = DateTimeFormatter.ofPattern("MMM yy", locale);
            doc.add(charts.columns(t(locale, "chart.emergenciesPerMonth"), data.emergenciesPerMonth().stream()
                    .map(m -> new Point(m.month().format(mf), m.count())).toList(), width, 170, false));
        } catch (DocumentException e) {
            throw new IOException("PDF could not be written", e);
        } finally {
            if (doc.isOpen()) {
                doc.close();
            }
        }
    }

    private static PdfPTable breakdown(String title, Map<String, Long> values, String prefix, Locale locale,
                                       Font th, Font body) {
        PdfPTable table = table(new float[] {3, 1.2f}, th, title, "n");
        long total = 0;
        Map<String, String> shown = SmallCounts.group(values);
        for (Map.Entry<String, Long> e : values.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).toList()) {
            table.addCell(cell(t(locale, prefix + e.getKey()), body, Element.ALIGN_LEFT));
            table.addCell(cell(shown.get(e.getKey()), body, Element.ALIGN_RIGHT));
            total += e.getValue();
        }
        table.addCell(cell(t(locale, "report.total"), th, Element.ALIGN_LEFT));
        table.addCell(cell(SmallCounts.count(total), th, Element.ALIGN_RIGHT));
        return table;
    }

    private static PdfPCell nested(PdfPTable table) {
        PdfPCell cell = new PdfPCell(table);
        cell.setBorder(0);
        cell.setPadding(4);
        return cell;
    }

    private static PdfPTable table(float[] widths, Font th, String... headers) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setSpacingBefore(4);
        table.setHeaderRows(1);
        for (int i = 0; i < headers.length; i++) {
            PdfPCell cell = cell(headers[i], th, i == 0 ? Element.ALIGN_LEFT : Element.ALIGN_RIGHT);
            cell.setBackgroundColor(HEADER_BG);
            table.addCell(cell);
        }
        return table;
    }

    private static PdfPCell cell(String text, Font font, int align) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setHorizontalAlignment(align);
        cell.setPadding(3);
        cell.setBorderColor(new Color(0xCC, 0xCC, 0xCC));
        return cell;
    }

    private static Paragraph heading(String text, Font font) {
        Paragraph p = new Paragraph(text, font);
        p.setSpacingBefore(12);
        p.setSpacingAfter(2);
        return p;
    }

    private static Paragraph spacer() {
        Paragraph p = new Paragraph(" ");
        p.setSpacingAfter(4);
        return p;
    }

    private static String t(Locale locale, String key) {
        return Labels.t(locale, key);
    }
}

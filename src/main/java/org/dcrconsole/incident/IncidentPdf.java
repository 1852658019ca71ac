package org.dcrconsole.incident;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dcrconsole.base.i18n.Labels;
import org.dcrconsole.site.SiteInfo;
import org.jspecify.annotations.Nullable;

/**
 * Renders one incident for the health authority: the report, the response timeline with
 * vitals, the review and the follow-up actions. Carries the client alias only; a client code
 * never reaches the incident tables, so it cannot reach this document either.
 */
final class IncidentPdf {

    private static final Font TITLE = new Font(Font.HELVETICA, 16, Font.BOLD);
    private static final Font HEADING = new Font(Font.HELVETICA, 12, Font.BOLD);
    private static final Font LABEL = new Font(Font.HELVETICA, 9, Font.BOLD);
    private static final Font TEXT = new Font(Font.HELVETICA, 9, Font.NORMAL);
    private static final Font SMALL = new Font(Font.HELVETICA, 7, Font.NORMAL, Color.GRAY);
    private static final Color HEADER_BG = new Color(230, 234, 240);

    private final Locale locale;
    private final SiteInfo site;
    private final @Nullable String boothLabel;
    private final Map<Long, String> userNames;
    private final Instant generatedAt;
    private final DateTimeFormatter dateTime;
    private final DateTimeFormatter time;
    private final DateTimeFormatter date;

    IncidentPdf(Locale locale, SiteInfo site, @Nullable String boothLabel, Map<Long, String> userNames,
                Instant generatedAt) {
        this.locale = locale;
        this.site = site;
        this.boothLabel = boothLabel;
        this.userNames = userNames;
        this.generatedAt = generatedAt;
        this.dateTime = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale).withZone(site.zone());
        this.time = DateTimeFormatter.ofPattern("HH:mm:ss", locale).withZone(site.zone());
        this.date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
    }

    byte[] render(IncidentDetails details) {
        Incident i = details.incident();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, 40, 40, 48, 48);
        PdfWriter writer = PdfWriter.getInstance(doc, out);
        writer.setPageEvent(new Footer());
        doc.addTitle(t("incident.pdf.title", i.getId()));
        doc.addCreator(t("app.title"));
        doc.open();

        doc.add(new Paragraph(t("incident.pdf.title", i.getId()), TITLE));
        doc.add(new Paragraph(site.name() + " · " + site.city() + " — " + t("incident.pdf.generated",
                dateTime.format(generatedAt)), SMALL));

        heading(doc, t("incident.pdf.report"));
        PdfPTable report = keyValues();
        row(report, t("incident.occurredAt"), dateTime.format(i.getOccurredAt()));
        row(report, t("incident.type"), Labels.of(locale, i.getType()));
        row(report, t("incident.severity"), Labels.of(locale, i.getSeverity()));
        row(report, t("incident.booth"), boothLabel == null ? "—" : boothLabel);
        row(report, t("incident.clientAlias"), i.getClientAlias() == null ? "—" : i.getClientAlias());
        row(report, t("incident.description"), i.getDescription());
        row(report, t("incident.staffInvolved"), orDash(i.getStaffInvolved()));
        row(report, t("incident.policeCalled"), t(i.isPoliceCalled() ? "common.yes" : "common.no"));
        doc.add(report);

        heading(doc, t("incident.pdf.timeline"));
        if (details.steps().isEmpty()) {
            doc.add(new Paragraph(t("response.none"), TEXT));
        } else {
            PdfPTable steps = new PdfPTable(new float[]{12, 22, 36, 10, 10, 10});
            steps.setWidthPercentage(100);
            steps.setHeaderRows(1);
            for (String h : List.of(t("response.at"), t("response.kind"), t("response.details"),
                    t("response.rr"), t("response.spo2"), t("response.gcs"))) {
                header(steps, h);
            }
            for (ResponseStep s : details.steps()) {
                cell(steps, time.format(s.getAt()));
                cell(steps, Labels.of(locale, s.getKind()));
                cell(steps, stepDetails(s));
                cell(steps, s.getRespiratoryRate() == null ? "" : s.getRespiratoryRate() + "/min");
                cell(steps, s.getSpo2() == null ? "" : s.getSpo2() + " %");
                cell(steps, s.getGcs() == null ? "" : String.valueOf(s.getGcs()));
            }
            doc.add(steps);
        }

        heading(doc, t("incident.pdf.review"));
        PdfPTable review = keyValues();
        row(review, t("incident.state"), Labels.of(locale, i.getState()));
        row(review, t("review.deadline"), dateTime.format(i.getReviewDeadline()));
        row(review, t("review.reviewer"), i.getReviewerId() == null ? "—"
                : userNames.getOrDefault(i.getReviewerId(), "#" + i.getReviewerId()));
        row(review, t("review.findings"), orDash(i.getFindings()));
        row(review, t("review.contributingFactors"), orDash(i.getContributingFactors()));
        row(review, t("review.signOff"), i.getSignedOffAt() == null ? "—"
                : i.getSignedOffBy() + ", " + dateTime.format(i.getSignedOffAt()));
        doc.add(review);

        heading(doc, t("incident.pdf.actions"));
        if (details.actions().isEmpty()) {
            doc.add(new Paragraph(t("action.incident.none"), TEXT));
        } else {
            PdfPTable actions = new PdfPTable(new float[]{50, 20, 15, 15});
            actions.setWidthPercentage(100);
            actions.setHeaderRows(1);
            for (String h : List.of(t("action.incident.text"), t("action.incident.owner"), t("action.incident.due"),
                    t("action.incident.status"))) {
                header(actions, h);
            }
            for (FollowUpAction a : details.actions()) {
                cell(actions, a.getText());
                cell(actions, userNames.getOrDefault(a.getOwnerId(), "#" + a.getOwnerId()));
                cell(actions, date.format(a.getDueDate()));
                cell(actions, t(a.isDone() ? "action.incident.done" : a.isCarriedOver()
                        ? "action.incident.carriedOver" : "action.incident.open"));
            }
            doc.add(actions);
        }
        doc.close();
        return out.toByteArray();
    }

    private String stepDetails(ResponseStep s) {
        List<String> parts = new ArrayList<>();
        if (s.getNaloxoneDoseMg() != null) {
            BigDecimal dose = s.getNaloxoneDoseMg().stripTrailingZeros();
            parts.add(dose.toPlainString() + " mg " + Labels.of(locale, s.getNaloxoneRoute()));
        }
        if (s.getOutcome() != null) {
            parts.add(Labels.of(locale, s.getOutcome()));
        }
        if (s.getNote() != null) {
            parts.add(s.getNote());
        }
        return String.join(" · ", parts);
    }

    private void heading(Document doc, String text) {
        Paragraph p = new Paragraph(text, HEADING);
        p.setSpacingBefore(12);
        p.setSpacingAfter(4);
        doc.add(p);
    }

    private static PdfPTable keyValues() {
        PdfPTable table = new PdfPTable(new float[]{28, 72});
        table.setWidthPercentage(100);
        return table;
    }

    private static void row(PdfPTable table, String label, String value) {
        PdfPCell l = new PdfPCell(new Phrase(label, LABEL));
        l.setBackgroundColor(HEADER_BG);
        l.setPadding(4);
        table.addCell(l);
        PdfPCell v = new PdfPCell(new Phrase(value, TEXT));
        v.setPadding(4);
        table.addCell(v);
    }

    private static void header(PdfPTable table, String text) {
        PdfPCell c = new PdfPCell(new Phrase(text, LABEL));
        c.setBackgroundColor(HEADER_BG);
        c.setPadding(4);
        table.addCell(c);
    }

    private static void cell(PdfPTable table, String text) {
        PdfPCell c = new PdfPCell(new Phrase(text, TEXT));
        c.setPadding(4);
        table.addCell(c);
    }

    private static String orDash(@Nullable String s) {
        return s == null || s.isBlank() ? "—" : s;
    }

    private String t(String key, Object... args) {
        return Labels.t(locale, key, args);
    }

    /** Page number and the privacy note on every page. */
    private final class Footer extends PdfPageEventHelper {
        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            Phrase footer = new Phrase(t("incident.pdf.footer", writer.getPageNumber()), SMALL);
            ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_CENTER, footer,
                    (document.left() + document.right()) / 2, document.bottom() - 20, 0);
        }
    }
}

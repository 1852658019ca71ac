package org.dcrconsole.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class MonthlyReportWriterTest {

    static String pdfText(byte[] pdf) throws Exception {
        PdfReader reader = new PdfReader(pdf);
        try {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            StringBuilder text = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
            return text.toString();
        } finally {
            reader.close();
        }
    }

    static List<String> csvLines(byte[] csv) {
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        return text.substring(1).lines().toList();
    }

    @Test
    void csv_has_one_row_per_figure_with_this_and_last_months_value() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        MonthlyReportCsv.write(SampleReports.october(), Locale.ENGLISH, out);
        List<String> lines = csvLines(out.toByteArray());
        assertThat(lines.getFirst()).isEqualTo("Section,Item,Value,Previous month");
        assertThat(lines).contains("Key figures,Consumption episodes,6120,5800", "Key figures,Booth occupancy,61.25,58.00",
                "Key figures,\"Emergencies per 1,000 episodes\",1.14,0.86",
                "Unique clients by sex and age,Male 35–44,97,", "Episodes by substance,Crack,2400,",
                "Referrals by kind,Housing,44,", "Refused admissions by reason,Intoxicated,31,",
                "Report,Sites,\"Central, Riverside\",", "Consumption episodes per day,2026-10-31,273,");
        assertThat(lines).filteredOn(l -> l.startsWith("Consumption episodes per day,")).hasSize(31);
    }

    @Test
    void csv_is_written_in_german_for_a_german_user() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        MonthlyReportCsv.write(SampleReports.october(), Locale.GERMAN, out);
        assertThat(csvLines(out.toByteArray())).contains("Kennzahlen,Konsumvorgänge,6120,5800",
                "Konsumvorgänge nach Substanz,Opioide,3100,");
    }

    @Test
    void csv_cells_that_look_like_formulas_are_defused_and_quotes_are_doubled() {
        assertThat(MonthlyReportCsv.quote("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(MonthlyReportCsv.quote("-12")).isEqualTo("-12");
        assertThat(MonthlyReportCsv.quote("plain")).isEqualTo("plain");
    }

    @Test
    void pdf_holds_the_figures_the_breakdowns_and_the_charts() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        MonthlyReportPdf.write(SampleReports.october(), Locale.ENGLISH, out);
        byte[] pdf = out.toByteArray();
        Path file = Path.of("target", "report-sample-october.pdf");
        Files.write(file, pdf);
        String text = pdfText(pdf);
        assertThat(new PdfReader(pdf).getNumberOfPages()).isGreaterThanOrEqualTo(3);
        assertThat(text).contains("Monthly report for the funding authority · October 2026", "Central, Riverside",
                "Consumption episodes", "6,120", "5,800", "+6 %", "Emergencies per 1,000 episodes", "1.1", "61.3 %",
                "Unique clients by sex and age", "97", "Episodes by substance", "Opioids", "3100",
                "Consumption episodes per day", "Booth occupancy by weekday and hour", "Routes of use",
                "Medical emergencies per month", "Oct 26");
    }

    @Test
    void pdf_is_written_in_german_for_a_german_user() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        MonthlyReportPdf.write(SampleReports.october(), Locale.GERMAN, out);
        String text = pdfText(out.toByteArray());
        assertThat(text).contains("Monatsbericht für den Kostenträger · Oktober 2026", "Konsumvorgänge", "6.120",
                "Platzauslastung nach Wochentag und Stunde");
    }
}

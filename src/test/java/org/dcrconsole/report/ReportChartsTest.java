package org.dcrconsole.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class ReportChartsTest {

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static String desc(Document doc) {
        return doc.getElementsByTagName("desc").item(0).getTextContent();
    }

    @Test
    void episodes_per_day_has_a_point_per_day_carrying_its_count() throws Exception {
        ChartData data = SampleReports.october().charts();
        Document doc = parse(ReportCharts.episodesPerDay(data, Locale.ENGLISH));
        assertThat(doc.getElementsByTagName("circle").getLength()).isEqualTo(31);
        assertThat(desc(doc)).contains("1 Oct: 183; ", "31 Oct: 273; ");
    }

    @Test
    void heat_map_covers_the_opening_hours_only_and_carries_each_percentage() throws Exception {
        ChartData data = SampleReports.october().charts();
        assertThat(data.hourColumns()).containsExactly(11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22);
        Document doc = parse(ReportCharts.occupancyHeatMap(data, Locale.ENGLISH));
        assertThat(doc.getElementsByTagName("rect").getLength()).isEqualTo(7 * 12);
        // Monday 11:00 → (0 * 7 + 11 * 5) % 100 = 55
        assertThat(desc(doc)).contains("Mon 11: 55 %; ");
    }

    @Test
    void heat_map_of_a_site_open_past_midnight_runs_from_the_evening_into_the_night() throws Exception {
        Double[][] occupancy = new Double[7][24];
        for (int d = 0; d < 7; d++) {
            for (int h : new int[] {20, 21, 22, 23, 0, 1}) {
                occupancy[d][h] = 10.0 * d + h;
            }
        }
        ChartData data = new ChartData(java.util.List.of(), occupancy, java.util.Map.of(), java.util.Map.of(),
                java.util.List.of());
        assertThat(data.hourColumns()).containsExactly(20, 21, 22, 23, 0, 1);
        Document doc = parse(ReportCharts.occupancyHeatMap(data, Locale.ENGLISH));
        assertThat(doc.getElementsByTagName("rect").getLength()).isEqualTo(7 * 6);
        assertThat(desc(doc)).startsWith("Mon 20: 20 %; Mon 21: 21 %; Mon 22: 22 %; Mon 23: 23 %; Mon 0: 0 %; Mon 1: 1 %; ");
        ChartData closed = new ChartData(java.util.List.of(), new Double[7][24], java.util.Map.of(), java.util.Map.of(),
                java.util.List.of());
        assertThat(closed.hourColumns()).hasSize(24);
    }

    @Test
    void mixes_are_translated_and_sorted_largest_first() throws Exception {
        ChartData data = SampleReports.october().charts();
        String desc = desc(parse(ReportCharts.substances(data, Locale.GERMAN)));
        assertThat(desc).isEqualTo("Opioide: 3100; Crack: 2400; Kokain: 900; ");
        assertThat(desc(parse(ReportCharts.routes(data, Locale.ENGLISH)))).isEqualTo("Injection: 3300; Inhalation: 2820; ");
    }

    @Test
    void emergencies_per_month_has_twelve_bars_ending_with_the_reports_month() throws Exception {
        Document doc = parse(ReportCharts.emergenciesPerMonth(SampleReports.october().charts(), Locale.ENGLISH));
        assertThat(doc.getElementsByTagName("rect").getLength()).isEqualTo(12);
        assertThat(desc(doc)).startsWith("Nov 25: 6; ").endsWith("Oct 26: 3; ");
    }
}

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
        assertThat(data.openHours()).containsExactly(11, 22);
        Document doc = parse(ReportCharts.occupancyHeatMap(data, Locale.ENGLISH));
        assertThat(doc.getElementsByTagName("rect").getLength()).isEqualTo(7 * 12);
        // Monday 11:00 → (0 * 7 + 11 * 5) % 100 = 55
        assertThat(desc(doc)).contains("Mon 11: 55 %; ");
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

package org.dcrconsole.base.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.dcrconsole.base.chart.SvgChart.Cell;
import org.dcrconsole.base.chart.SvgChart.Point;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class SvgChartTest {

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void bar_chart_is_well_formed_svg_with_one_bar_per_value_and_the_values_in_its_text() throws Exception {
        String svg = SvgChart.bars("Episodes", "per day", List.of(new Point("Mon", 200), new Point("Tue", 150),
                new Point("Wed", 0)));
        Document doc = parse(svg);
        assertThat(doc.getDocumentElement().getTagName()).isEqualTo("svg");
        assertThat(doc.getDocumentElement().getAttribute("viewBox")).isEqualTo("0 0 720 300");
        assertThat(doc.getElementsByTagName("rect").getLength()).isEqualTo(3);
        assertThat(doc.getElementsByTagName("desc").item(0).getTextContent())
                .isEqualTo("Mon: 200; Tue: 150; Wed: 0; ");
        assertThat(doc.getElementsByTagName("title").item(0).getTextContent()).isEqualTo("Episodes");
    }

    @Test
    void bar_heights_are_proportional_to_values() throws Exception {
        Document doc = parse(SvgChart.bars("t", "y", List.of(new Point("a", 100), new Point("b", 50))));
        double a = Double.parseDouble(((org.w3c.dom.Element) doc.getElementsByTagName("rect").item(0)).getAttribute("height"));
        double b = Double.parseDouble(((org.w3c.dom.Element) doc.getElementsByTagName("rect").item(1)).getAttribute("height"));
        assertThat(a).isEqualTo(2 * b, org.assertj.core.data.Offset.offset(0.2));
    }

    @Test
    void line_chart_draws_a_path_through_every_point() throws Exception {
        Document doc = parse(SvgChart.line("t", "y", List.of(new Point("1", 1), new Point("2", 3), new Point("3", 2))));
        assertThat(doc.getElementsByTagName("circle").getLength()).isEqualTo(3);
        String d = ((org.w3c.dom.Element) doc.getElementsByTagName("path").item(0)).getAttribute("d");
        assertThat(d).startsWith("M").contains("L").hasLineCount(1);
        assertThat(d.split("L")).hasSize(3);
    }

    @Test
    void empty_data_still_gives_a_valid_chart() throws Exception {
        Document doc = parse(SvgChart.line("Empty", "y", List.of()));
        assertThat(doc.getElementsByTagName("circle").getLength()).isZero();
        assertThat(doc.getElementsByTagName("path").getLength()).isZero();
        parse(SvgChart.mix("Empty", List.of()));
        parse(SvgChart.heatMap("Empty", List.of("Mon"), List.of("11"), List.of(), "%"));
    }

    @Test
    void mix_shows_value_and_share_of_each_part() throws Exception {
        Document doc = parse(SvgChart.mix("Routes", List.of(new Point("Injection", 30), new Point("Inhalation", 70))));
        assertThat(doc.getDocumentElement().getTextContent()).contains("30 (30 %)").contains("70 (70 %)");
    }

    @Test
    void heat_map_shades_cells_by_value() throws Exception {
        Document doc = parse(SvgChart.heatMap("Occupancy", List.of("Mon", "Tue"), List.of("11", "12"),
                List.of(new Cell(0, 0, 100), new Cell(1, 1, 0)), "%"));
        var rects = doc.getElementsByTagName("rect");
        assertThat(rects.getLength()).isEqualTo(2);
        assertThat(((org.w3c.dom.Element) rects.item(0)).getAttribute("style")).contains("fill-opacity:1.0");
        assertThat(((org.w3c.dom.Element) rects.item(1)).getAttribute("style")).contains("fill-opacity:0.1");
        assertThat(doc.getElementsByTagName("desc").item(0).getTextContent()).contains("Mon 11: 100%");
    }

    @Test
    void labels_are_escaped_so_markup_in_data_stays_text() throws Exception {
        String svg = SvgChart.bars("<script>alert(1)</script>", "y", List.of(new Point("a&b\"<x>", 1)));
        Document doc = parse(svg);
        assertThat(doc.getElementsByTagName("script").getLength()).isZero();
        assertThat(doc.getElementsByTagName("title").item(0).getTextContent()).isEqualTo("<script>alert(1)</script>");
    }

    @Test
    void axis_maximum_is_a_round_number_at_or_above_the_data() {
        assertThat(SvgChart.niceMax(0)).isEqualTo(1);
        assertThat(SvgChart.niceMax(7)).isEqualTo(10);
        assertThat(SvgChart.niceMax(180)).isEqualTo(200);
        assertThat(SvgChart.niceMax(230)).isEqualTo(250);
        assertThat(SvgChart.niceMax(0.3)).isEqualTo(0.5, org.assertj.core.data.Offset.offset(1e-9));
    }
}

package org.dcrconsole.report.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.select.Select;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import org.dcrconsole.KaribuTest;
import org.dcrconsole.TestUsers;
import org.dcrconsole.booth.BoardBroadcaster;
import org.dcrconsole.booth.BoardService;
import org.dcrconsole.booth.BoothFixture;
import org.dcrconsole.security.SignedInUser;
import org.dcrconsole.base.chart.ChartView;
import org.dcrconsole.report.PeriodKind;
import org.dcrconsole.report.ReportFixture;
import org.dcrconsole.security.Role;
import org.dcrconsole.site.SiteService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

class DashboardViewTest extends KaribuTest {

    @Autowired
    SiteService siteService;
    @Autowired
    JdbcTemplate jdbc;

    ReportFixture f;

    @BeforeEach
    void seed() {
        f = new ReportFixture(siteService, jdbc, "Dashboard", 2);
        long anna = f.client("FEMALE", 1990);
        long ben = f.client("MALE", 1960);
        long v1 = f.visit(anna, "2025-11-01T00:30", 30, "INHALATION", true, 1, List.of("CRACK"));
        f.referral(v1, "HOUSING");
        f.visit(f.booths.get(1), ben, "2025-11-01T21:00", 20, "INJECTION", false, null, List.of("OPIOIDS"));
        f.visit(ben, "2025-10-31T21:00", 20, "INJECTION", false, null, List.of("OPIOIDS"));
        long overdose = f.incident("2025-11-01T00:40", "OPIOID_OVERDOSE", "MODERATE");
        f.step(overdose, "NALOXONE", "2025-11-01T00:43");
        long swabs = f.item("Swabs");
        f.movement(swabs, "RECEIPT", 250, "2025-11-01T10:00");
        jdbc.update("INSERT INTO stock_balance (site_id, item_id, lot_key, quantity) VALUES (?, ?, 0, 0)", f.siteId, swabs);
    }

    /** A section the view writes as markup, as the browser builds it. */
    private static Document shown(String id) {
        return Jsoup.parseBodyFragment(_get(Div.class, spec -> spec.withId(id)).getElement().getProperty("innerHTML", ""));
    }

    private static Element onDashboard(String section, String id) {
        Element element = shown(section).getElementById(id);
        assertThat(element).as(id).isNotNull();
        return element;
    }

    private static String figure(String name) {
        String section = _find(Div.class, spec -> spec.withId("period-figures")).isEmpty() ? "stock-figures"
                : name.startsWith("STOCK_") ? "stock-figures" : "period-figures";
        return onDashboard(section, "figure-" + name).selectFirst(".figure-value").text();
    }

    private static Element liveItem(String key) {
        return onDashboard("live-now", "live-" + key);
    }

    private static boolean hasLiveItem(String key) {
        return shown("live-now").getElementById("live-" + key) != null;
    }

    @SuppressWarnings("unchecked")
    private static void chooseNovember1To2() {
        Select<PeriodKind> kind = _get(Select.class, spec -> spec.withId("dashboard-period"));
        _setValue(kind, PeriodKind.CUSTOM);
        _setValue(_get(DatePicker.class, spec -> spec.withId("dashboard-first")), LocalDate.of(2025, 11, 1));
        _setValue(_get(DatePicker.class, spec -> spec.withId("dashboard-last")), LocalDate.of(2025, 11, 2));
    }

    @Test
    @SuppressWarnings("unchecked")
    void manager_sees_the_figures_against_the_previous_period_the_live_panel_and_the_charts() throws Exception {
        signIn("dash-manager", List.of(f.siteId), Role.MANAGER);
        navigate("");
        chooseNovember1To2();
        assertThat(figure("EPISODES")).isEqualTo("2");
        assertThat(onDashboard("period-figures", "figure-EPISODES").selectFirst(".figure-previous").text())
                .isEqualTo("before: 1");
        assertThat(onDashboard("period-figures", "figure-EPISODES").selectFirst(".figure-change").classNames())
                .contains("up");
        assertThat(figure("UNIQUE_CLIENTS")).isEqualTo("2");
        assertThat(figure("EMERGENCIES")).isEqualTo("1");
        assertThat(figure("NALOXONE")).isEqualTo("1");
        assertThat(figure("EMERGENCIES_PER_1000")).isEqualTo("500.0");
        assertThat(figure("REFERRALS_PER_100")).isEqualTo("50.0");
        assertThat(figure("STOCK_RECEIVED")).isEqualTo("250");
        assertThat(liveItem("outOfStock").tagName()).isEqualTo("a");
        assertThat(liveItem("outOfStock").attr("href")).isEqualTo("stock");
        assertThat(liveItem("outOfStock").classNames()).contains("live-item", "attention");
        assertThat(liveItem("boothsFree").attr("href")).isEqualTo("board");
        assertThat(liveItem("overdueReviews").attr("href")).isEqualTo("incidents");

        String svg = _get(ChartView.class, spec -> spec.withId("chart-episodes")).getSvg();
        org.w3c.dom.Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        assertThat(doc.getElementsByTagName("desc").item(0).getTextContent()).isEqualTo("1 Nov: 2; 2 Nov: 0; ");
        assertThat(_get(ChartView.class, spec -> spec.withId("chart-substances")).getSvg()).contains("Crack: 1");
    }

    @Test
    @SuppressWarnings("unchecked")
    void manager_downloads_the_monthly_report_as_csv_and_pdf() throws Exception {
        signIn("dash-manager2", List.of(f.siteId), Role.MANAGER);
        navigate("");
        _setValue(_get(Select.class, spec -> spec.withId("report-month")), YearMonth.of(2025, 11));
        byte[] csv = DownloadKt._download(_get(Anchor.class, spec -> spec.withId("report-csv")));
        List<String> lines = new String(csv, StandardCharsets.UTF_8).lines().toList();
        // the month has only a handful of visits: every count of 1 to 4 is shown as "<5"
        assertThat(lines).contains("Key figures,Consumption episodes,<5,<5", "Key figures,Naloxone administrations,<5,0",
                "Unique clients by sex and age,Male 55 and over,<5,", "Referrals by kind,Housing,<5,",
                "Consumption episodes per day,2025-11-01,<5,");
        byte[] pdf = DownloadKt._download(_get(Anchor.class, spec -> spec.withId("report-pdf")));
        Files.write(Path.of("target", "report-karibu-november.pdf"), pdf);
        PdfReader reader = new PdfReader(pdf);
        String text = new PdfTextExtractor(reader).getTextFromPage(1);
        assertThat(reader.getNumberOfPages()).isGreaterThanOrEqualTo(2);
        assertThat(text).contains("Monthly report for the funding authority · November 2025", "Consumption episodes",
                "Naloxone administrations");
        assertThat(new PdfTextExtractor(reader).getTextFromPage(2)).contains("Consumption episodes per day");
    }

    @Test
    void staff_see_the_small_dashboard_of_the_floor_and_their_shifts() {
        signIn("dash-staff", List.of(f.siteId), Role.STAFF);
        navigate("");
        assertThat(liveItem("boothsOccupied").attr("href")).isEqualTo("board");
        assertThat(liveItem("queue").attr("href")).isEqualTo("board");
        _get(Div.class, spec -> spec.withId("my-shifts"));
        _assertNone(Div.class, spec -> spec.withId("period-figures"));
        _assertNone(Div.class, spec -> spec.withId("stock-figures"));
        _assertNone(ChartView.class);
        _assertNone(Anchor.class, spec -> spec.withId("report-csv"));
        assertThat(hasLiveItem("outOfStock")).isFalse();
    }

    private static String liveValue(String key) {
        return liveItem(key).selectFirst(".live-value").text();
    }

    @Test
    void a_check_in_at_a_desk_reaches_the_live_panel_by_push_and_a_closed_dashboard_stops_listening() throws Exception {
        BoardBroadcaster broadcaster = ctx.getBean(BoardBroadcaster.class);
        int before = broadcaster.listenerCount(f.siteId);
        signIn("dash-staff-push", List.of(f.siteId), Role.STAFF);
        navigate("");
        // the live panel and the drug-checking alert banner
        assertThat(broadcaster.listenerCount(f.siteId)).isEqualTo(before + 2);
        assertThat(liveValue("boothsOccupied")).isEqualTo("0");

        SignedInUser desk = TestUsers.user("dash-desk-" + f.siteId, List.of(f.siteId), Role.STAFF);
        TestUsers.as(desk, () -> ctx.getBean(BoardService.class).checkIn(f.siteId,
                BoothFixture.injection(BoothFixture.newCode(), f.booths.getFirst())));

        long deadline = System.nanoTime() + 3_000_000_000L;
        while (!liveValue("boothsOccupied").equals("1") && System.nanoTime() < deadline) {
            Thread.sleep(20);
            MockVaadin.runUIQueue();
        }
        assertThat(liveValue("boothsOccupied")).isEqualTo("1");

        navigate("incidents");
        assertThat(broadcaster.listenerCount(f.siteId)).isEqualTo(before);
    }

    @Test
    void stock_keeper_sees_the_stock_figures_only() {
        signIn("dash-keeper", List.of(f.siteId), Role.STOCK_KEEPER);
        navigate("");
        chooseNovember1To2();
        assertThat(figure("STOCK_RECEIVED")).isEqualTo("250");
        _assertNone(Div.class, spec -> spec.withId("period-figures"));
        assertThat(shown("stock-figures").select(".figure-card")).isNotEmpty()
                .allMatch(c -> c.id().startsWith("figure-STOCK_"));
        assertThat(liveValue("outOfStock")).isEqualTo("1");
        assertThat(hasLiveItem("boothsOccupied")).isFalse();
        assertThat(hasLiveItem("overdueReviews")).isFalse();
        _assertNone(ChartView.class);
        _assertNone(Anchor.class, spec -> spec.withId("report-pdf"));
    }

    @Test
    void admin_sees_site_configuration_and_no_client_visit_or_incident_figure() {
        signIn("dash-admin", List.of(f.siteId), Role.ADMIN);
        navigate("");
        _get(Div.class, spec -> spec.withId("configuration"));
        _assertNone(Div.class, spec -> spec.withId("period-figures"));
        _assertNone(Div.class, spec -> spec.withId("stock-figures"));
        _assertNone(Div.class, spec -> spec.withId("live-now"));
        _assertNone(ChartView.class);
    }

    @Test
    void a_site_name_with_markup_shows_as_text_and_no_section_of_markup_holds_an_element_of_it() {
        String markup = "<b>x</b>'&\"";
        jdbc.update("UPDATE site SET name = ? WHERE id = ?", markup, f.siteId);
        signIn("dash-manager-markup", List.of(f.siteId), Role.MANAGER);
        navigate("");
        assertThat(_find(H2.class)).anyMatch(h -> h.getText().startsWith(markup + " · "));
        for (String section : List.of("period-figures", "live-now", "stock-figures")) {
            Document shown = shown(section);
            assertThat(shown.select("b")).as(section).isEmpty();
            assertThat(shown.select("script, [onclick], [onerror]")).as(section).isEmpty();
        }
        assertThat(shown("period-figures").select(".figure-card")).hasSizeGreaterThanOrEqualTo(10);
    }
}

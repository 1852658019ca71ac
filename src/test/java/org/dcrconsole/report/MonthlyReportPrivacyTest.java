package org.dcrconsole.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.dcrconsole.DcrSpringBootTest;
import org.dcrconsole.TestUsers;
import org.dcrconsole.security.Role;
import org.dcrconsole.site.SiteService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The funder's report across a network: a person who visits two sites is one client, and a
 * small group of people (here three women aged 25–34) is not shown as its number.
 */
@DcrSpringBootTest
@Tag("db")
class MonthlyReportPrivacyTest {

    private static final YearMonth NOV = YearMonth.of(2025, 11);

    @Autowired
    DashboardService dashboard;
    @Autowired
    SiteService siteService;
    @Autowired
    JdbcTemplate jdbc;

    ReportFixture north;
    ReportFixture south;

    @BeforeEach
    void seed() {
        north = new ReportFixture(siteService, jdbc, "North", 1);
        south = new ReportFixture(siteService, jdbc, "South", 1);
        String shared = "hash-shared-" + north.siteId;
        // one woman born 1995 who visits both sites: the same code, so the same hash at each
        north.visit(north.client("FEMALE", 1995, shared), "2025-11-03T21:00", 20, "INJECTION", false, null,
                List.of("OPIOIDS"));
        south.visit(south.client("FEMALE", 1995, shared), "2025-11-04T21:00", 20, "INJECTION", false, null,
                List.of("OPIOIDS"));
        // two more women of 25–34, one at each site: three women of that band in all
        north.visit(north.client("FEMALE", 1993), "2025-11-05T21:00", 20, "INJECTION", false, null, List.of("OPIOIDS"));
        south.visit(south.client("FEMALE", 1992), "2025-11-05T21:30", 20, "INJECTION", false, null, List.of("OPIOIDS"));
        // twenty men of 35–44 at the north site
        for (int i = 0; i < 20; i++) {
            north.visit(north.client("MALE", 1985), "2025-11-06T20:" + (10 + i), 5, "INHALATION", false, null,
                    List.of("CRACK"));
        }
        // seven men of 45–54 at the south site
        for (int i = 0; i < 7; i++) {
            south.visit(south.client("MALE", 1975), "2025-11-07T20:" + (10 + i), 5, "INHALATION", false, null,
                    List.of("CRACK"));
        }
        TestUsers.signIn("network-manager", List.of(north.siteId, south.siteId), Role.MANAGER);
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void a_person_visiting_two_sites_counts_once_among_the_networks_unique_clients() {
        MonthlyReport report = dashboard.monthly(List.of(north.siteId, south.siteId), NOV);

        // 3 women + 20 + 7 men = 30 people; the per-site sum would say 31
        assertThat(report.figures().current().value(Figure.UNIQUE_CLIENTS)).isEqualTo(30.0);
        assertThat(report.clientsBySexAndAge().get("FEMALE").get("25_34")).isEqualTo(3L);
        assertThat(report.figures().current().value(Figure.EPISODES)).isEqualTo(31.0);
    }

    @Test
    void a_sex_and_age_cell_of_three_shows_under_five_in_the_csv_and_a_second_cell_hides_it_from_the_total()
            throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        dashboard.writeMonthlyCsv(List.of(north.siteId, south.siteId), NOV, Locale.ENGLISH, out);
        List<String> lines = MonthlyReportWriterTest.csvLines(out.toByteArray());

        assertThat(lines).contains("Unique clients by sex and age,Female 25–34,<5,",
                "Unique clients by sex and age,Male 45–54,x,", "Unique clients by sex and age,Male 35–44,20,",
                "Key figures,Unique clients,30,0");
        assertThat(lines).noneMatch(l -> l.startsWith("Unique clients by sex and age,Female 25–34,3"));
    }

    @Test
    void the_pdf_shows_under_five_and_hides_the_totals_that_would_give_it_back() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        dashboard.writeMonthlyPdf(List.of(north.siteId, south.siteId), NOV, Locale.ENGLISH, out);
        String text = MonthlyReportWriterTest.pdfText(out.toByteArray());

        assertThat(text).contains("<5", "Counts of 1 to 4 are shown as");
        // the women's row total (3) and the men's row total (27) would each give a masked cell back
        assertThat(text).contains("Female 0 0 <5 0 0 0 x", "Male 0 0 0 20 x 0 x");
    }
}

package org.dcrconsole.booth;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dcrconsole.DcrSpringBootTest;
import org.dcrconsole.TestUsers;
import org.dcrconsole.base.supply.Supply;
import org.dcrconsole.booth.BoothFixture.TestSite;
import org.dcrconsole.security.Role;
import org.dcrconsole.site.BoothKind;
import org.dcrconsole.site.SiteService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;

@DcrSpringBootTest
class VisitServiceTest {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Autowired
    BoardService board;
    @Autowired
    VisitService visits;
    @Autowired
    SiteService siteService;
    @Autowired
    JdbcTemplate jdbc;

    TestSite site;
    String regularCode;
    VisitRef threeDaysAgo;
    VisitRef yesterday;
    VisitRef today;
    VisitRef tenDaysAgo;

    @BeforeEach
    void seedHistory() {
        site = BoothFixture.site(siteService, BoothKind.INJECTION, BoothKind.INHALATION, BoothKind.FLEXIBLE);
        TestUsers.signIn("staff-" + site.id(), List.of(site.id()), Role.STAFF);
        regularCode = BoothFixture.newCode();
        threeDaysAgo = visit(regularCode, site.booth(0), ConsumptionRoute.INJECTION, Set.of(Substance.OPIOIDS),
                Set.of(ReferralKind.HOUSING), 3);
        yesterday = visit(BoothFixture.newCode(), site.booth(1), ConsumptionRoute.INHALATION, Set.of(Substance.CRACK),
                Set.of(), 1);
        today = visit(regularCode, site.booth(0), ConsumptionRoute.INJECTION,
                EnumSet.of(Substance.COCAINE, Substance.OPIOIDS), Set.of(), 0);
        tenDaysAgo = visit(BoothFixture.newCode(), site.booth(2), ConsumptionRoute.ORAL, Set.of(Substance.OTHER),
                Set.of(), 10);
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void the_history_lists_newest_first_and_sorts_oldest_first_on_request() {
        assertThat(ids(VisitFilter.none(), PageRequest.of(0, 50)))
                .containsExactly(today.visitId(), yesterday.visitId(), threeDaysAgo.visitId(), tenDaysAgo.visitId());
        assertThat(ids(VisitFilter.none(), PageRequest.of(0, 50, Sort.by(Visit.SORT_STARTED).ascending())))
                .containsExactly(tenDaysAgo.visitId(), threeDaysAgo.visitId(), yesterday.visitId(), today.visitId());
        assertThat(ids(VisitFilter.none(), PageRequest.of(1, 2)))
                .containsExactly(threeDaysAgo.visitId(), tenDaysAgo.visitId());
    }

    @Test
    void each_filter_returns_only_its_rows() {
        assertThat(ids(filter(null, null, site.booth(0), null, null, null, false)))
                .containsExactly(today.visitId(), threeDaysAgo.visitId());
        assertThat(ids(filter(null, null, null, today.clientAlias().substring(0, 5).toLowerCase(), null, null, false)))
                .containsExactly(today.visitId(), threeDaysAgo.visitId());
        assertThat(ids(filter(null, null, null, null, Substance.OPIOIDS, null, false)))
                .containsExactly(today.visitId(), threeDaysAgo.visitId());
        assertThat(ids(filter(null, null, null, null, null, ConsumptionRoute.INHALATION, false)))
                .containsExactly(yesterday.visitId());
        assertThat(ids(filter(null, null, null, null, null, null, true)))
                .containsExactly(threeDaysAgo.visitId());
        LocalDate todayInBerlin = LocalDate.now(BERLIN);
        assertThat(ids(filter(todayInBerlin.minusDays(2), todayInBerlin.minusDays(1), null, null, null, null, false)))
                .containsExactly(yesterday.visitId());
        assertThat(ids(filter(null, todayInBerlin.minusDays(5), null, null, null, null, false)))
                .containsExactly(tenDaysAgo.visitId());
    }

    @Test
    void a_row_carries_alias_substances_supplies_and_referrals() {
        VisitRow row = visits.list(site.id(), filter(null, null, null, null, null, null, true), PageRequest.of(0, 10))
                .getFirst();

        assertThat(row.alias()).isEqualTo(threeDaysAgo.clientAlias());
        assertThat(row.boothLabel()).isEqualTo("B1");
        assertThat(row.substances()).containsExactly(Substance.OPIOIDS);
        assertThat(row.referrals()).containsExactly(ReferralKind.HOUSING);
        assertThat(row.supplies()).isEqualTo(Map.of(Supply.SYRINGE_2ML, 2));
        assertThat(row.syringesReturned()).isEqualTo(2);
        assertThat(row.endedAt()).isNotNull();
    }

    @Test
    void the_csv_export_holds_the_filtered_rows_with_aliases_and_never_a_code() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        long written = visits.exportCsv(site.id(), filter(null, null, site.booth(0), null, null, null, false), out);

        String csv = out.toString(StandardCharsets.UTF_8);
        List<String> lines = csv.lines().toList();
        assertThat(written).isEqualTo(2);
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).isEqualTo(VisitService.CSV_HEADER);
        assertThat(lines.get(1)).startsWith(today.visitId() + ",").contains(",B1," + today.clientAlias() + ",")
                .contains("OPIOIDS;COCAINE").contains(",INJECTION,");
        assertThat(lines.get(2)).startsWith(threeDaysAgo.visitId() + ",").endsWith(",HOUSING,NORMAL")
                .contains("SYRINGE_2ML:2");
        assertThat(csv).doesNotContain(regularCode).doesNotContain(regularCode.replace("-", ""));
    }

    @Test
    void the_export_streams_more_rows_than_one_batch() {
        for (int i = 0; i < VisitService.EXPORT_BATCH + 20; i++) {
            jdbc.update("INSERT INTO visit (site_id, booth_id, client_id, started_at, ended_at, route, counselling) "
                    + "SELECT site_id, booth_id, client_id, started_at, ended_at, route, counselling FROM visit WHERE id = ?",
                    tenDaysAgo.visitId());
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        long written = visits.exportCsv(site.id(), VisitFilter.none(), out);

        assertThat(written).isEqualTo(4 + VisitService.EXPORT_BATCH + 20);
        assertThat(out.toString(StandardCharsets.UTF_8).lines().count()).isEqualTo(written + 1);
    }

    @Test
    void the_first_page_is_read_from_the_site_and_time_index_without_sorting() {
        String product = jdbc.execute((java.sql.Connection c) -> c.getMetaData().getDatabaseProductName());
        org.junit.jupiter.api.Assumptions.assumeTrue("H2".equals(product), "plan text is H2's");
        VisitQuery query = new VisitQuery(site.id(), VisitFilter.none(), BERLIN);
        String plan = new org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate(jdbc).queryForObject(
                "EXPLAIN " + query.page(false), query.params().addValue("offset", 0).addValue("limit", 50), String.class);

        assertThat(plan).containsIgnoringCase("IX_VISIT_SITE_STARTED").containsIgnoringCase("index sorted");
    }

    @Test
    void a_text_cell_is_quoted_and_a_formula_is_defused() {
        assertThat(VisitService.csv("=1+1")).isEqualTo("'=1+1");
        assertThat(VisitService.csv("a,\"b\"")).isEqualTo("\"a,\"\"b\"\"\"");
        assertThat(VisitService.csv("K7M-Q2P")).isEqualTo("K7M-Q2P");
    }

    private VisitRef visit(String code, long boothId, ConsumptionRoute route, Set<Substance> substances,
                           Set<ReferralKind> referrals, int daysAgo) {
        CheckInResult result = board.checkIn(site.id(), new CheckIn(code, substances, route, boothId,
                Map.of(Supply.SYRINGE_2ML, 2), true));
        VisitRef ref = BoardServiceTest.admitted(result);
        board.checkOut(site.id(), ref.visitId(), new CheckOut(2, false, referrals));
        board.markClean(site.id(), boothId);
        BoothFixture.startedMinutesAgo(jdbc, ref.visitId(), daysAgo * 24L * 60L + 30);
        return ref;
    }

    private VisitFilter filter(LocalDate from, LocalDate to, Long boothId, String alias, Substance substance,
                               ConsumptionRoute route, boolean referral) {
        return new VisitFilter(from, to, boothId, alias, substance, route, referral);
    }

    private List<Long> ids(VisitFilter filter) {
        return ids(filter, PageRequest.of(0, 50));
    }

    private List<Long> ids(VisitFilter filter, PageRequest page) {
        return visits.list(site.id(), filter, page).stream().map(VisitRow::id).toList();
    }
}

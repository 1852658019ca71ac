package org.dcrconsole.booth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dcrconsole.DcrSpringBootTest;
import org.dcrconsole.TestUsers;
import org.dcrconsole.base.BusinessException;
import org.dcrconsole.base.supply.Supply;
import org.dcrconsole.booth.BoothFixture.TestSite;
import org.dcrconsole.report.DashboardService;
import org.dcrconsole.report.Figure;
import org.dcrconsole.report.Period;
import org.dcrconsole.report.ReportFixture;
import org.dcrconsole.security.Role;
import org.dcrconsole.site.BoothKind;
import org.dcrconsole.site.BoothStatusService;
import org.dcrconsole.site.SiteService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * Corrections of visits: who may do what (staff their own check-in within 15 minutes, supervisors
 * all, nobody else), what each does to the visit, the board and the unchangeable history, and that
 * the one-open-visit constraints hold on both databases.
 */
@DcrSpringBootTest
@Tag("db")
class VisitCorrectionServiceTest {

    @Autowired VisitCorrectionService corrections;
    @Autowired BoardService board;
    @Autowired SiteService siteService;
    @Autowired BoothStatusService boothStatus;
    @Autowired DashboardService dashboard;
    @Autowired VisitStatisticsService statistics;
    @Autowired JdbcTemplate jdbc;

    TestSite site;
    String staffName;

    @BeforeEach
    void seed() {
        site = BoothFixture.site(siteService, BoothKind.INJECTION, BoothKind.INJECTION, BoothKind.INHALATION, BoothKind.FLEXIBLE);
        staffName = "staff-" + site.id();
        staff();
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    private void staff() {
        TestUsers.signIn(staffName, List.of(site.id()), Role.STAFF);
    }

    private void supervisor() {
        TestUsers.signIn("supervisor-" + site.id(), List.of(site.id()), Role.SUPERVISOR);
    }

    private long checkIn(int booth) {
        CheckInResult r = board.checkIn(site.id(), BoothFixture.injection(BoothFixture.newCode(), site.booth(booth)));
        return ((CheckInResult.Admitted) r).visit().visitId();
    }

    private void checkedInMinutesAgo(long visitId, long minutes) {
        OffsetDateTime created = jdbc.queryForObject("SELECT created_at FROM visit WHERE id = ?", OffsetDateTime.class, visitId);
        jdbc.update("UPDATE visit SET created_at = ? WHERE id = ?", created.minusMinutes(minutes), visitId);
        BoothFixture.startedMinutesAgo(jdbc, visitId, minutes);
    }

    private String status(long visitId) {
        return jdbc.queryForObject("SELECT status FROM visit WHERE id = ?", String.class, visitId);
    }

    private BoothState state(int booth) {
        return board.board(site.id()).tiles().get(booth).state();
    }

    private static VisitCorrectionRequest route(ConsumptionRoute route, String reason) {
        return new VisitCorrectionRequest(null, null, route, null, null, null, reason);
    }

    // --- void ---

    @Test
    void staff_voids_their_own_check_in_within_15_minutes_and_the_booth_is_free_at_once() {
        long visit = checkIn(0);
        checkedInMinutesAgo(visit, 14);

        corrections.voidVisit(site.id(), visit, "Wrong client code typed");

        assertThat(status(visit)).isEqualTo("VOIDED");
        assertThat(jdbc.queryForMap("SELECT voided_by, void_reason, open_booth_id FROM visit WHERE id = ?", visit))
                .containsEntry("voided_by", staffName).containsEntry("void_reason", "Wrong client code typed")
                .containsEntry("open_booth_id", null);
        assertThat(state(0)).as("no cleaning after a mistaken check-in").isEqualTo(BoothState.FREE);
        assertThat(corrections.history(site.id(), visit)).singleElement().satisfies(h -> {
            assertThat(h.getAction()).isEqualTo(CorrectionAction.VOID);
            assertThat(h.getField()).isEqualTo("status");
            assertThat(h.getOldValue()).isEqualTo("NORMAL");
            assertThat(h.getNewValue()).isEqualTo("VOIDED");
            assertThat(h.getCorrectedBy()).isEqualTo(staffName);
            assertThat(h.getReason()).isEqualTo("Wrong client code typed");
        });
        assertThatThrownBy(() -> corrections.voidVisit(site.id(), visit, "again"))
                .isInstanceOfSatisfying(BusinessException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("correction.error.voided"));
    }

    @Test
    void staff_may_not_correct_their_own_check_in_after_16_minutes() {
        long visit = checkIn(0);
        checkedInMinutesAgo(visit, 16);

        assertDenied(() -> corrections.voidVisit(site.id(), visit, "late"));
        assertDenied(() -> corrections.correct(site.id(), visit, route(ConsumptionRoute.INTRANASAL, "late")));
        assertDenied(() -> corrections.move(site.id(), visit, site.booth(1), "late"));
        assertThat(corrections.mayCorrect(site.id(), visit)).isFalse();
        assertThat(status(visit)).isEqualTo("NORMAL");
    }

    @Test
    void staff_may_not_correct_a_colleagues_check_in() {
        long visit = checkIn(0);
        TestUsers.signIn("colleague-" + site.id(), List.of(site.id()), Role.STAFF);

        assertDenied(() -> corrections.voidVisit(site.id(), visit, "not mine"));
        assertDenied(() -> corrections.correct(site.id(), visit, route(ConsumptionRoute.ORAL, "not mine")));
        assertDenied(() -> corrections.move(site.id(), visit, site.booth(1), "not mine"));
        assertThat(corrections.mayCorrect(site.id(), visit)).isFalse();
    }

    @Test
    void staff_may_not_back_date_a_check_out_nor_close_the_day_nor_take_a_booth_out_of_service() {
        long visit = checkIn(0);
        assertDenied(() -> corrections.checkOutAt(site.id(), visit, Instant.now(), new CheckOut(null, false, Set.of()), "x"));
        assertDenied(() -> corrections.closeDay(site.id(), Instant.now(), "x"));
        assertDenied(() -> corrections.setBoothInService(site.id(), site.booth(1), false, "x"));
    }

    @Test
    void managers_stock_keepers_and_administrators_change_nothing_and_only_managers_read_the_history() {
        long visit = checkIn(0);
        for (Role role : List.of(Role.MANAGER, Role.STOCK_KEEPER, Role.ADMIN)) {
            TestUsers.signIn("other-" + role, List.of(site.id()), role);
            assertDenied(() -> corrections.voidVisit(site.id(), visit, "x"));
            assertDenied(() -> corrections.correct(site.id(), visit, route(ConsumptionRoute.ORAL, "x")));
            assertDenied(() -> corrections.checkOutAt(site.id(), visit, Instant.now(), new CheckOut(null, false, Set.of()), "x"));
            assertDenied(() -> corrections.move(site.id(), visit, site.booth(1), "x"));
            assertDenied(() -> corrections.closeDay(site.id(), Instant.now(), "x"));
            assertDenied(() -> corrections.setBoothInService(site.id(), site.booth(1), false, "x"));
            if (role == Role.MANAGER) {
                assertThat(corrections.history(site.id(), visit)).isEmpty();
            } else {
                assertDenied(() -> corrections.history(site.id(), visit));
            }
        }
        assertThat(status(visit)).isEqualTo("NORMAL");
    }

    @Test
    void a_supervisor_of_another_site_is_denied() {
        long visit = checkIn(0);
        TestUsers.signIn("supervisor-elsewhere", List.of(), Role.SUPERVISOR);
        assertDenied(() -> corrections.voidVisit(site.id(), visit, "x"));
        assertDenied(() -> corrections.correct(site.id(), visit, route(ConsumptionRoute.ORAL, "x")));
        assertDenied(() -> corrections.closeDay(site.id(), Instant.now(), "x"));
        assertDenied(() -> corrections.history(site.id(), visit));
    }

    @Test
    void a_correction_needs_a_reason_of_plain_text_within_the_limit() {
        long visit = checkIn(0);
        for (String bad : new String[] {"", "   ", "x".repeat(VisitCorrection.REASON_MAX + 1), "nul\u0000"}) {
            assertThatThrownBy(() -> corrections.voidVisit(site.id(), visit, bad))
                    .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.field()).isEqualTo("reason"));
        }
        assertThat(status(visit)).isEqualTo("NORMAL");
    }

    // --- correct ---

    @Test
    void a_supervisor_corrects_client_substances_route_and_supplies_and_each_change_is_one_history_row() {
        long visit = checkIn(0);
        checkedInMinutesAgo(visit, 40);
        supervisor();
        String newCode = BoothFixture.newCode();

        corrections.correct(site.id(), visit, new VisitCorrectionRequest(newCode, EnumSet.of(Substance.COCAINE, Substance.OPIOIDS),
                ConsumptionRoute.INTRANASAL, Map.of(Supply.NEEDLE, 2), null, null, "Client gave the code of a friend"));

        assertThat(status(visit)).isEqualTo("CORRECTED");
        assertThat(corrections.history(site.id(), visit)).extracting(VisitCorrection::getField)
                .containsExactly("client", "substances", "route", "supplies");
        VisitCorrection client = corrections.history(site.id(), visit).getFirst();
        assertThat(client.getOldValue()).doesNotContain(newCode).isNotEqualTo(client.getNewValue());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM visit_correction WHERE old_value LIKE ? OR new_value LIKE ?",
                Integer.class, "%" + newCode + "%", "%" + newCode + "%")).as("never a client code").isZero();
        assertThat(jdbc.queryForObject("SELECT route FROM visit WHERE id = ?", String.class, visit)).isEqualTo("INTRANASAL");
        assertThat(board.board(site.id()).tiles().get(0).visit().alias()).isEqualTo(client.getNewValue());
        assertThat(corrections.history(site.id(), visit)).allSatisfy(h -> {
            assertThat(h.getReason()).isEqualTo("Client gave the code of a friend");
            assertThat(h.getCorrectedBy()).isEqualTo("supervisor-" + site.id());
        });
    }

    @Test
    void a_client_already_in_another_booth_cannot_be_given_an_open_visit() {
        String inside = BoothFixture.newCode();
        board.checkIn(site.id(), BoothFixture.injection(inside, site.booth(1)));
        long visit = checkIn(0);

        assertThatThrownBy(() -> corrections.correct(site.id(), visit,
                new VisitCorrectionRequest(inside, null, null, null, null, null, "typo")))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.field()).isEqualTo("code"));
        assertThat(corrections.history(site.id(), visit)).isEmpty();
    }

    @Test
    void nothing_changed_is_refused_and_writes_no_history() {
        long visit = checkIn(0);
        assertThatThrownBy(() -> corrections.correct(site.id(), visit, route(ConsumptionRoute.INJECTION, "same")))
                .isInstanceOfSatisfying(BusinessException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("correction.error.nothingChanged"));
        assertThat(status(visit)).isEqualTo("NORMAL");
    }

    @Test
    void corrected_times_must_keep_end_after_start_lie_in_the_past_and_overlap_no_other_visit_of_the_booth() {
        long earlier = checkIn(0);
        checkedInMinutesAgo(earlier, 60);
        supervisor();
        Instant now = Instant.now();
        corrections.checkOutAt(site.id(), earlier, now.minus(Duration.ofMinutes(40)), new CheckOut(null, false, Set.of()), "forgot");
        board.markClean(site.id(), site.booth(0));
        long later = checkIn(0);
        Instant earlierStart = jdbc.queryForObject("SELECT started_at FROM visit WHERE id = ?", OffsetDateTime.class, earlier).toInstant();

        assertRefused("endedAt", "correction.error.endBeforeStart", () -> corrections.correct(site.id(), earlier,
                new VisitCorrectionRequest(null, null, null, null, null, earlierStart.minusSeconds(60), "x")));
        assertRefused("endedAt", "correction.error.future", () -> corrections.correct(site.id(), earlier,
                new VisitCorrectionRequest(null, null, null, null, null, now.plus(Duration.ofMinutes(10)), "x")));
        assertRefused("startedAt", "correction.error.boothOverlap", () -> corrections.correct(site.id(), later,
                new VisitCorrectionRequest(null, null, null, null, now.minus(Duration.ofMinutes(45)), null, "x")));
        assertRefused("endedAt", "correction.error.openEnd", () -> corrections.correct(site.id(), later,
                new VisitCorrectionRequest(null, null, null, null, null, now, "x")));

        corrections.correct(site.id(), later, new VisitCorrectionRequest(null, null, null, null,
                now.minus(Duration.ofMinutes(30)), null, "Checked in late"));

        assertThat(corrections.history(site.id(), later)).singleElement().satisfies(h -> {
            assertThat(h.getField()).isEqualTo("startedAt");
            assertThat(h.getOldValue()).isNotNull().isNotEqualTo(h.getNewValue());
        });
        assertThat(corrections.history(site.id(), earlier)).extracting(VisitCorrection::getAction)
                .containsExactly(CorrectionAction.CHECK_OUT);
    }

    @Test
    void a_client_cannot_be_given_two_visits_at_the_same_time() {
        String code = BoothFixture.newCode();
        supervisor();
        long first = ((CheckInResult.Admitted) board.checkIn(site.id(), BoothFixture.injection(code, site.booth(0)))).visit().visitId();
        checkedInMinutesAgo(first, 60);
        corrections.checkOutAt(site.id(), first, Instant.now().minus(Duration.ofMinutes(40)), new CheckOut(null, false, Set.of()), "x");
        long second = ((CheckInResult.Admitted) board.checkIn(site.id(), BoothFixture.injection(code, site.booth(3)))).visit().visitId();

        assertRefused("startedAt", "correction.error.clientOverlap", () -> corrections.correct(site.id(), second,
                new VisitCorrectionRequest(null, null, null, null, Instant.now().minus(Duration.ofMinutes(50)), null, "x")));
    }

    // --- back-dated check-out ---

    @Test
    void a_supervisor_checks_out_a_forgotten_visit_at_a_time_between_its_start_and_now() {
        long visit = checkIn(0);
        checkedInMinutesAgo(visit, 90);
        supervisor();
        Instant now = Instant.now();

        assertRefused("endedAt", "correction.error.endOutside", () -> corrections.checkOutAt(site.id(), visit,
                now.minus(Duration.ofMinutes(100)), new CheckOut(null, false, Set.of()), "x"));
        assertRefused("endedAt", "correction.error.endOutside", () -> corrections.checkOutAt(site.id(), visit,
                now.plus(Duration.ofMinutes(5)), new CheckOut(null, false, Set.of()), "x"));
        corrections.checkOutAt(site.id(), visit, now.minus(Duration.ofMinutes(60)),
                new CheckOut(1, true, Set.of(ReferralKind.HOUSING)), "Left without check-out");

        assertThat(jdbc.queryForMap("SELECT ended_at, open_booth_id, syringes_returned, status FROM visit WHERE id = ?", visit))
                .containsEntry("open_booth_id", null).containsEntry("syringes_returned", 1).containsEntry("status", "CORRECTED");
        assertThat(state(0)).as("its cleaning time passed long ago").isEqualTo(BoothState.FREE);
        assertThat(corrections.history(site.id(), visit)).singleElement()
                .satisfies(h -> assertThat(h.getAction()).isEqualTo(CorrectionAction.CHECK_OUT));
    }

    // --- move ---

    @Test
    void staff_move_their_client_to_a_free_booth_of_a_fitting_kind_and_the_old_booth_is_free() {
        long visit = checkIn(0);
        checkIn(1);

        assertRefused("booth", "checkin.error.wrongKind", () -> corrections.move(site.id(), visit, site.booth(2), "x"));
        assertRefused("booth", "checkin.error.boothTaken", () -> corrections.move(site.id(), visit, site.booth(1), "x"));
        corrections.move(site.id(), visit, site.booth(3), "Light broken in B1");

        assertThat(state(0)).isEqualTo(BoothState.FREE);
        assertThat(board.board(site.id()).tiles().get(3).visit().visitId()).isEqualTo(visit);
        assertThat(jdbc.queryForMap("SELECT booth_id, open_booth_id FROM visit WHERE id = ?", visit))
                .containsEntry("booth_id", site.booth(3)).containsEntry("open_booth_id", site.booth(3));
        assertThat(corrections.history(site.id(), visit)).singleElement().satisfies(h -> {
            assertThat(h.getAction()).isEqualTo(CorrectionAction.MOVE);
            assertThat(h.getOldValue()).isEqualTo("B1");
            assertThat(h.getNewValue()).isEqualTo("B4");
        });
    }

    // --- close the day ---

    @Test
    void closing_the_day_checks_out_every_open_visit_at_the_stated_time_never_before_a_start_nor_in_the_future() {
        long a = checkIn(0);
        long b = checkIn(1);
        checkedInMinutesAgo(a, 30);
        checkedInMinutesAgo(b, 10);
        supervisor();
        Instant now = Instant.now();

        assertRefused("endedAt", "correction.error.beforeStart",
                () -> corrections.closeDay(site.id(), now.minus(Duration.ofMinutes(20)), "end of shift"));
        assertRefused("endedAt", "correction.error.future",
                () -> corrections.closeDay(site.id(), now.plus(Duration.ofMinutes(20)), "end of shift"));
        assertThat(corrections.closeDay(site.id(), now.minus(Duration.ofMinutes(5)), "Closing at 23:00")).isEqualTo(2);

        assertThat(board.board(site.id()).summary().occupied()).isZero();
        assertThat(corrections.history(site.id(), a)).extracting(VisitCorrection::getAction).containsExactly(CorrectionAction.CLOSE_DAY);
        assertThat(corrections.history(site.id(), b)).extracting(VisitCorrection::getReason).containsExactly("Closing at 23:00");
        assertThat(corrections.closeDay(site.id(), Instant.now(), "again")).isZero();
    }

    // --- booths out of service ---

    @Test
    void a_supervisor_takes_a_booth_out_of_service_with_a_reason_shown_on_the_board_and_puts_it_back() {
        supervisor();
        assertRefused("reason", "validation.required", () -> corrections.setBoothInService(site.id(), site.booth(1), false, " "));

        corrections.setBoothInService(site.id(), site.booth(1), false, "Lock broken");

        Board.Tile tile = board.board(site.id()).tiles().get(1);
        assertThat(tile.state()).isEqualTo(BoothState.OUT_OF_SERVICE);
        assertThat(tile.outOfService().reason()).isEqualTo("Lock broken");
        assertThat(tile.outOfService().by()).isEqualTo("supervisor-" + site.id());
        assertThat(tile.outOfService().since()).isNotNull();
        staff();
        assertRefused("booth", "checkin.error.outOfService",
                () -> board.checkIn(site.id(), BoothFixture.injection(BoothFixture.newCode(), site.booth(1))));
        supervisor();
        corrections.setBoothInService(site.id(), site.booth(1), true, "Lock repaired");

        assertThat(state(1)).isEqualTo(BoothState.FREE);
        assertThat(board.board(site.id()).tiles().get(1).outOfService()).isNull();
        assertThat(boothStatus.history(site.id(), site.booth(1))).extracting(h -> h.getReason() + "/" + h.isInService())
                .containsExactly("Lock repaired/true", "Lock broken/false");
    }

    // --- figures ---

    @Test
    void a_voided_visit_drops_out_of_the_days_episodes_unique_clients_and_occupancy_even_once_rolled_up() {
        ReportFixture f = new ReportFixture(siteService, jdbc, "Void", 2);
        LocalDate yesterday = LocalDate.now(ReportFixture.BERLIN).minusDays(1);
        long c1 = f.client("FEMALE", 1980);
        long c2 = f.client("MALE", 1985);
        f.visit(c1, yesterday.atTime(12, 0).toString(), 20, "INJECTION", false, null, List.of("OPIOIDS"));
        f.visit(c1, yesterday.atTime(14, 0).toString(), 20, "INJECTION", false, null, List.of("OPIOIDS"));
        long mistaken = f.visit(c2, yesterday.atTime(16, 0).toString(), 30, "INHALATION", false, null, List.of("CRACK"));
        f.supply(mistaken, "SYRINGE_1ML", 2);
        TestUsers.signIn("void-supervisor", List.of(f.siteId), Role.SUPERVISOR);
        Period day = Period.custom(yesterday, yesterday);
        var before = dashboard.figures(List.of(f.siteId), day).current();
        assertThat(before.value(Figure.EPISODES)).isEqualTo(3);
        assertThat(before.value(Figure.UNIQUE_CLIENTS)).isEqualTo(2);

        corrections.voidVisit(f.siteId, mistaken, "Checked in under the wrong site");

        var after = dashboard.figures(List.of(f.siteId), day).current();
        assertThat(after.value(Figure.EPISODES)).isEqualTo(2);
        assertThat(after.value(Figure.UNIQUE_CLIENTS)).isEqualTo(1);
        assertThat(after.value(Figure.SYRINGES_OUT)).isZero();
        assertThat(after.value(Figure.OCCUPANCY)).isLessThan(before.value(Figure.OCCUPANCY));
        var summary = statistics.summary(f.siteId, yesterday, yesterday);
        assertThat(summary.totals().occupiedSeconds()).isEqualTo(40 * 60);
        assertThat(summary.routes()).containsOnlyKeys("INJECTION");
        assertThat(summary.substances()).containsOnlyKeys("OPIOIDS");
    }

    private static void assertRefused(String field, String key, Executable call) {
        assertThatThrownBy(call::execute).isInstanceOfSatisfying(BusinessException.class, e -> {
            assertThat(e.messageKey()).isEqualTo(key);
            assertThat(e.field()).isEqualTo(field);
        });
    }

    private static void assertDenied(Executable call) {
        assertThatThrownBy(call::execute).isInstanceOf(AccessDeniedException.class);
    }
}

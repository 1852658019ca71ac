package org.dcrconsole.booth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.dcrconsole.DcrSpringBootTest;
import org.dcrconsole.TestUsers;
import org.dcrconsole.booth.VisitStatisticsService.HourFigures;
import org.dcrconsole.booth.VisitStatisticsService.VisitSummary;
import org.dcrconsole.booth.VisitStatisticsService.VisitTotals;
import org.dcrconsole.report.ReportFixture;
import org.dcrconsole.security.Role;
import org.dcrconsole.site.SiteService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The daily roll-up against a direct count: random visits over the last days (many crossing
 * midnight, some still open), then random reads of random spans (which roll days up), check-outs
 * of visits from earlier days through the board (which must drop those days) and new check-ins,
 * corrections (voids, details, times moving a visit to another day), each read compared with a
 * count the test makes itself from the visit rows.
 */
@DcrSpringBootTest
@Tag("db")
class VisitRollupTest {

    private static final ZoneId BERLIN = ReportFixture.BERLIN;
    private static final String[] SUBSTANCES = {"OPIOIDS", "COCAINE", "CRACK", "AMPHETAMINES", "BENZODIAZEPINES", "OTHER"};
    private static final String[] ROUTES = {"INJECTION", "INHALATION", "INTRANASAL", "ORAL"};

    @Autowired
    VisitStatisticsService statistics;
    @Autowired
    BoardService board;
    @Autowired
    SiteService siteService;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    VisitRollupWarmer warmer;
    @Autowired
    VisitCorrectionService corrections;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void the_roll_up_equals_a_direct_count_after_random_check_ins_check_outs_and_reads() {
        Random random = new Random(20261129);
        ReportFixture f = new ReportFixture(siteService, jdbc, "Rollup", 8);
        TestUsers.signIn("rollup-manager", List.of(f.siteId), Role.MANAGER, Role.STAFF, Role.SUPERVISOR);
        LocalDate today = LocalDate.now(BERLIN);
        List<Long> clients = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            clients.add(f.client(i % 3 == 0 ? "FEMALE" : "MALE", 1970 + i));
        }
        // 120 closed visits over the last 12 days, at any time of day, and one still-open visit in each of 6 booths
        for (int i = 0; i < 120; i++) {
            LocalDateTime start = today.minusDays(1 + random.nextInt(12)).atStartOfDay().plusMinutes(random.nextInt(24 * 60));
            seedVisit(f, random, f.booths.get(6), clients.get(6 + random.nextInt(24)), start, 5 + random.nextInt(50));
        }
        List<Long> closed = jdbc.queryForList("SELECT id FROM visit WHERE site_id = ? AND ended_at IS NOT NULL ORDER BY id",
                Long.class, f.siteId);
        List<Long> open = new ArrayList<>();
        for (int b = 0; b < 6; b++) {
            LocalDateTime start = today.minusDays(1 + random.nextInt(5)).atTime(23, random.nextInt(60));
            open.add(seedVisit(f, random, f.booths.get(b), clients.get(b), start, null));
        }

        int checkedIn = 0;
        int[] corrected = new int[4];
        for (int round = 0; round < 70; round++) {
            int action = random.nextInt(7);
            if (action >= 4) {
                // a correction of a finished day's visit must drop that day (and the day it moves to)
                long visit = closed.get(random.nextInt(closed.size()));
                int kind = random.nextInt(4);
                try {
                    switch (kind) {
                        case 0 -> corrections.voidVisit(f.siteId, visit, "mistaken check-in");
                        case 1 -> corrections.correct(f.siteId, visit, new VisitCorrectionRequest(null,
                                Set.of(Substance.values()[random.nextInt(6)]), ConsumptionRoute.values()[random.nextInt(4)],
                                Map.of(org.dcrconsole.base.supply.Supply.SYRINGE_1ML, 1 + random.nextInt(4)), null, null,
                                "typed wrong"));
                        case 2 -> {
                            // earlier by up to a day: the visit may move to the day before
                            Instant start = jdbc.queryForObject("SELECT started_at FROM visit WHERE id = ?",
                                    java.time.OffsetDateTime.class, visit).toInstant();
                            Instant end = jdbc.queryForObject("SELECT ended_at FROM visit WHERE id = ?",
                                    java.time.OffsetDateTime.class, visit).toInstant();
                            Duration shift = Duration.ofMinutes(30 + random.nextInt(24 * 60));
                            corrections.correct(f.siteId, visit, new VisitCorrectionRequest(null, null, null, null,
                                    start.minus(shift), end.minus(shift), "clock of the desk was wrong"));
                        }
                        default -> corrections.correct(f.siteId, visit, new VisitCorrectionRequest(null, null, null, null,
                                null, jdbc.queryForObject("SELECT started_at FROM visit WHERE id = ?",
                                        java.time.OffsetDateTime.class, visit).toInstant().plusSeconds(60 + random.nextInt(3600)),
                                "left earlier"));
                    }
                    corrected[kind]++;
                } catch (org.dcrconsole.base.BusinessException refused) {
                    assertThat(refused.messageKey()).as("only a refusal the data explains")
                            .isIn("correction.error.voided", "correction.error.boothOverlap", "correction.error.clientOverlap",
                                    "correction.error.nothingChanged", "correction.error.future");
                }
            } else if (action == 0 && !open.isEmpty()) {
                long visit = open.remove(random.nextInt(open.size()));
                Set<ReferralKind> referrals = random.nextBoolean() ? EnumSet.of(ReferralKind.HOUSING) : EnumSet.noneOf(ReferralKind.class);
                board.checkOut(f.siteId, visit, new CheckOut(random.nextInt(3), random.nextBoolean(), referrals));
            } else if (action == 1 && checkedIn < 2) {
                // a new visit in booth 8 (index 7): today, counted from the visits, never rolled up
                CheckInResult r = board.checkIn(f.siteId, new CheckIn("ROLL-" + (checkedIn % 2 == 0 ? "F" : "M") + "-198" + checkedIn,
                        Set.of(Substance.OPIOIDS), ConsumptionRoute.INJECTION, f.booths.get(7), Map.of(), true));
                assertThat(r).isInstanceOf(CheckInResult.Admitted.class);
                board.checkOut(f.siteId, ((CheckInResult.Admitted) r).visit().visitId(), new CheckOut(1, true, Set.of()));
                board.markClean(f.siteId, f.booths.get(7));
                checkedIn++;
            } else {
                LocalDate first = today.minusDays(13 - random.nextInt(10));
                LocalDate last = first.plusDays(random.nextInt(14));
                assertSameAsDirectCount(f.siteId, first, last);
            }
        }
        assertSameAsDirectCount(f.siteId, today.minusDays(14), today);
        assertThat(corrected).as("voids, corrections of details, of both times and of the end all happened")
                .doesNotContain(0);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM visit_day WHERE site_id = ?", Integer.class, f.siteId))
                .as("days were rolled up, so the comparison did test the roll-up").isGreaterThan(5);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM visit_day WHERE site_id = ? AND local_day >= ?",
                Integer.class, f.siteId, java.sql.Date.valueOf(today))).as("the running day is never rolled up").isZero();
    }

    @Test
    void a_check_out_after_midnight_drops_the_day_it_started_on_and_the_next_read_counts_it() {
        ReportFixture f = new ReportFixture(siteService, jdbc, "Rollup", 2);
        TestUsers.signIn("rollup-manager2", List.of(f.siteId), Role.MANAGER, Role.STAFF);
        LocalDate yesterday = LocalDate.now(BERLIN).minusDays(1);
        long client = f.client("FEMALE", 1990);
        long visit = f.visit(client, yesterday.atTime(23, 50).toString(), null, "INJECTION", false, null, List.of("OPIOIDS"));
        VisitTotals before = statistics.summary(f.siteId, yesterday, yesterday).totals();
        assertThat(before.episodes()).isEqualTo(1);
        assertThat(before.occupiedSeconds()).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM visit_day WHERE site_id = ?", Integer.class, f.siteId)).isOne();

        board.checkOut(f.siteId, visit, new CheckOut(2, true, Set.of(ReferralKind.TREATMENT)));

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM visit_day WHERE site_id = ?", Integer.class, f.siteId)).isZero();
        VisitTotals after = statistics.summary(f.siteId, yesterday, yesterday).totals();
        assertThat(after.occupiedSeconds()).isPositive();
        assertThat(after.syringesReturned()).isEqualTo(2);
        assertThat(after.counselling()).isEqualTo(1);
        assertThat(after.referrals()).isEqualTo(1);
    }

    @Test
    void the_warmer_rolls_up_every_settled_day_of_the_last_400_and_never_the_running_one() {
        ReportFixture f = new ReportFixture(siteService, jdbc, "Rollup", 2);
        TestUsers.signIn("rollup-manager3", List.of(f.siteId), Role.MANAGER);
        LocalDate today = LocalDate.now(BERLIN);
        long client = f.client("MALE", 1980);
        f.visit(client, today.minusDays(3).atTime(21, 0).toString(), 25, "INHALATION", true, 0, List.of("CRACK"));

        warmer.warm(f.siteId, BERLIN);

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM visit_day WHERE site_id = ?", Integer.class, f.siteId))
                .isBetween(VisitRollupWarmer.DAYS - 1, VisitRollupWarmer.DAYS);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM visit_day WHERE site_id = ? AND local_day >= ?",
                Integer.class, f.siteId, java.sql.Date.valueOf(today))).isZero();
        assertThat(jdbc.queryForObject("SELECT episodes FROM visit_day_hour WHERE site_id = ? AND local_day = ? "
                + "AND local_hour = 21", Integer.class, f.siteId, java.sql.Date.valueOf(today.minusDays(3)))).isOne();
        assertSameAsDirectCount(f.siteId, today.minusDays(10), today);
    }

    private long seedVisit(ReportFixture f, Random random, long booth, long client, LocalDateTime start, Integer minutes) {
        String route = ROUTES[random.nextInt(ROUTES.length)];
        List<String> substances = new ArrayList<>(new HashSet<>(List.of(SUBSTANCES[random.nextInt(6)], SUBSTANCES[random.nextInt(6)])));
        long id = f.visit(booth, client, start.toString(), minutes, route, minutes != null && random.nextInt(5) == 0,
                minutes == null ? null : random.nextInt(3), substances);
        if (random.nextBoolean()) {
            f.supply(id, random.nextBoolean() ? "SYRINGE_1ML" : "SYRINGE_2ML", 1 + random.nextInt(3));
        }
        f.supply(id, "NEEDLE", 1 + random.nextInt(3));
        if (minutes != null && random.nextInt(6) == 0) {
            f.referral(id, random.nextBoolean() ? "HOUSING" : "TREATMENT");
        }
        return id;
    }

    private void assertSameAsDirectCount(long siteId, LocalDate first, LocalDate last) {
        VisitSummary summary = statistics.summary(siteId, first, last);
        Instant from = first.atStartOfDay(BERLIN).toInstant();
        Instant to = last.plusDays(1).atStartOfDay(BERLIN).toInstant();
        long[] totals = new long[6];
        Set<Long> clients = new HashSet<>();
        Map<String, long[]> hours = new TreeMap<>();
        Map<String, Long> routes = new HashMap<>();
        Map<String, Long> substances = new HashMap<>();
        Map<String, Long> referrals = new HashMap<>();
        jdbc.query("SELECT id, client_id, started_at, ended_at, route, counselling, syringes_returned FROM visit "
                + "WHERE site_id = ? AND status <> 'VOIDED'", rs -> {
            Instant start = rs.getObject(3, java.time.OffsetDateTime.class).toInstant();
            if (start.isBefore(from) || !start.isBefore(to)) {
                return;
            }
            java.time.OffsetDateTime endAt = rs.getObject(4, java.time.OffsetDateTime.class);
            long seconds = endAt == null ? 0 : Duration.between(start, endAt.toInstant()).getSeconds();
            long id = rs.getLong(1);
            totals[0]++;
            totals[1] += seconds;
            totals[2] += rs.getBoolean(6) ? 1 : 0;
            totals[4] += rs.getInt(7);
            long referralCount = count("SELECT COUNT(*) FROM visit_referral WHERE visit_id = ?", id);
            totals[5] += referralCount;
            totals[3] += count("SELECT COALESCE(SUM(quantity), 0) FROM visit_supply WHERE visit_id = ? "
                    + "AND supply IN ('SYRINGE_1ML', 'SYRINGE_2ML')", id);
            clients.add(rs.getLong(2));
            LocalDateTime local = LocalDateTime.ofInstant(start, BERLIN);
            long[] hour = hours.computeIfAbsent(local.toLocalDate() + " " + local.getHour(), k -> new long[2]);
            hour[0]++;
            hour[1] += seconds;
            routes.merge(rs.getString(5), 1L, Long::sum);
            jdbc.queryForList("SELECT substance FROM visit_substance WHERE visit_id = ?", String.class, id)
                    .forEach(s -> substances.merge(s, 1L, Long::sum));
            jdbc.queryForList("SELECT kind FROM visit_referral WHERE visit_id = ?", String.class, id)
                    .forEach(k -> referrals.merge(k, 1L, Long::sum));
        }, siteId);

        String span = first + ".." + last;
        VisitTotals t = summary.totals();
        assertThat(new long[] {t.episodes(), t.occupiedSeconds(), t.counselling(), t.syringesHandedOut(),
                t.syringesReturned(), t.referrals()}).as("totals " + span).containsExactly(totals);
        assertThat(t.uniqueClients()).as("unique clients " + span).isEqualTo(clients.size());
        Map<String, long[]> actualHours = new TreeMap<>();
        for (HourFigures h : summary.hours()) {
            actualHours.put(h.day() + " " + h.hour(), new long[] {h.episodes(), h.occupiedSeconds()});
        }
        assertThat(actualHours).as("hours " + span).containsOnlyKeys(hours.keySet());
        hours.forEach((k, v) -> assertThat(actualHours.get(k)).as("hour " + k).containsExactly(v));
        assertThat(summary.routes()).as("routes " + span).isEqualTo(routes);
        assertThat(summary.substances()).as("substances " + span).isEqualTo(substances);
        assertThat(summary.referralsByKind()).as("referrals " + span).isEqualTo(referrals);
    }

    private long count(String sql, Object... args) {
        Long n = jdbc.queryForObject(sql, Long.class, args);
        return n == null ? 0 : n;
    }
}

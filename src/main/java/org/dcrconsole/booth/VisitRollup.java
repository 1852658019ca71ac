package org.dcrconsole.booth;

import java.sql.Date;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Visit figures per site, local day and local hour, for spans of whole days. Days that are over
 * come from the roll-up tables (V8), filled on first read; the running day, and any day not yet
 * settled, is counted from the visits each time. A day's roll-up is dropped in the transaction of
 * any change to a visit that started on it ({@link #visitChanged}).
 *
 * <p>Filling and dropping both lock the site's row first, so a fill never reads visits that a
 * check-out is about to change and then stores the stale count after that check-out dropped the
 * day: the check-out waits for the fill and drops what it stored, or the fill waits for the
 * check-out's commit and reads it.
 *
 * <p>Days whose visits the retention job deleted ({@code purged}) are never dropped or recounted.
 */
@Component
class VisitRollup {

    /** A day counts as settled this long after it ended: no check-in stamped before midnight is still in flight. */
    static final Duration SETTLE = Duration.ofMinutes(10);
    /** Days filled in one transaction: short locks, bounded memory. */
    static final int FILL_CHUNK_DAYS = 31;

    /** Supply kinds counted as syringes handed out. */
    private static final String SYRINGE_KINDS = "'SYRINGE_1ML', 'SYRINGE_2ML'";
    private static final String QUARTER = "FLOOR(EXTRACT(EPOCH FROM v.started_at) / 900)";
    private static final String IN_SPAN = " v.site_id = ? AND v.started_at >= ? AND v.started_at < ? "
            // a voided visit (a mistaken check-in) counts nowhere
            + "AND v.status <> 'VOIDED' ";

    static final int EPISODES = 0;
    static final int OCCUPIED_SECONDS = 1;
    static final int COUNSELLING = 2;
    static final int SYRINGES_OUT = 3;
    static final int SYRINGES_RETURNED = 4;
    static final int REFERRALS = 5;
    private static final int MEASURES = 6;

    /** One local day's figures: the measures above per local hour, and the mixes by category, then name. */
    static final class Day {
        final long[][] hours = new long[24][MEASURES];
        final Map<String, Map<String, Long>> mix = new TreeMap<>();

        void addMix(String category, String name, long n) {
            mix.computeIfAbsent(category, c -> new TreeMap<>()).merge(name, n, Long::sum);
        }
    }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate fillTx;
    private final Clock clock;

    VisitRollup(JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.fillTx = new TransactionTemplate(transactions);
        this.fillTx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** The figures of the site's days first..last (inclusive) in the zone, by day. Days without visits may be absent. */
    Map<LocalDate, Day> days(long siteId, ZoneId zone, LocalDate first, LocalDate last) {
        Map<LocalDate, Day> out = new TreeMap<>();
        LocalDate unsettled = firstUnsettledDay(zone);
        LocalDate rolledLast = last.isBefore(unsettled) ? last : unsettled.minusDays(1);
        if (!first.isAfter(rolledLast)) {
            ensureRolledUp(siteId, zone, first, rolledLast);
            read(siteId, first, rolledLast, out);
        }
        LocalDate countedFirst = first.isAfter(unsettled) ? first : unsettled;
        if (!countedFirst.isAfter(last)) {
            out.putAll(count(siteId, zone, countedFirst, last.plusDays(1)));
        }
        return out;
    }

    /**
     * Drops the roll-up of the day a changed visit started on, in the caller's transaction. Call it
     * for every change to a visit's counted fields; visits of the running day cost nothing here.
     */
    void visitChanged(long siteId, ZoneId zone, Instant visitStartedAt) {
        LocalDate day = LocalDate.ofInstant(visitStartedAt, zone);
        if (!day.isBefore(LocalDate.now(clock.withZone(zone)))) {
            return;
        }
        lockSite(siteId);
        // a day whose visits the retention job deleted keeps its roll-up: nothing could recount it
        jdbc.update("DELETE FROM visit_day WHERE site_id = ? AND local_day = ? AND purged = FALSE", siteId,
                Date.valueOf(day));
    }

    /** Rolls up every settled day in first..last that is missing; the demo calls it once after generating. */
    void ensureRolledUp(long siteId, ZoneId zone, LocalDate first, LocalDate last) {
        long expected = first.datesUntil(last.plusDays(1)).count();
        if (rolledUpDays(siteId, zone, first, last).size() == expected) {
            return;
        }
        for (LocalDate from = first; !from.isAfter(last); from = from.plusDays(FILL_CHUNK_DAYS)) {
            LocalDate chunkFirst = from;
            LocalDate chunkLast = from.plusDays(FILL_CHUNK_DAYS - 1).isAfter(last) ? last : from.plusDays(FILL_CHUNK_DAYS - 1);
            fillTx.executeWithoutResult(status -> fill(siteId, zone, chunkFirst, chunkLast));
        }
    }

    private void fill(long siteId, ZoneId zone, LocalDate first, LocalDate last) {
        lockSite(siteId);
        Set<LocalDate> present = rolledUpDays(siteId, zone, first, last);
        LocalDate runStart = null;
        for (LocalDate day = first; !day.isAfter(last.plusDays(1)); day = day.plusDays(1)) {
            boolean missing = !day.isAfter(last) && !present.contains(day);
            if (missing && runStart == null) {
                runStart = day;
            } else if (!missing && runStart != null) {
                store(siteId, zone, runStart, day, count(siteId, zone, runStart, day));
                runStart = null;
            }
        }
    }

    private void store(long siteId, ZoneId zone, LocalDate from, LocalDate until, Map<LocalDate, Day> days) {
        List<Object[]> dayRows = new ArrayList<>();
        List<Object[]> hourRows = new ArrayList<>();
        List<Object[]> mixRows = new ArrayList<>();
        for (LocalDate d = from; d.isBefore(until); d = d.plusDays(1)) {
            Date date = Date.valueOf(d);
            dayRows.add(new Object[] {siteId, date, zone.getId()});
            Day day = days.get(d);
            if (day == null) {
                continue;
            }
            for (int h = 0; h < 24; h++) {
                long[] m = day.hours[h];
                if (m[EPISODES] > 0) {
                    hourRows.add(new Object[] {siteId, date, h, m[EPISODES], m[OCCUPIED_SECONDS], m[COUNSELLING],
                            m[SYRINGES_OUT], m[SYRINGES_RETURNED], m[REFERRALS]});
                }
            }
            day.mix.forEach((category, names) -> names.forEach((name, n) ->
                    mixRows.add(new Object[] {siteId, date, category, name, n})));
        }
        // a roll-up cut in a zone the site no longer has goes first (cascading to its hours and mixes)
        jdbc.update("DELETE FROM visit_day WHERE site_id = ? AND local_day >= ? AND local_day < ? AND purged = FALSE",
                siteId, Date.valueOf(from), Date.valueOf(until));
        jdbc.batchUpdate("INSERT INTO visit_day (site_id, local_day, zone_id) VALUES (?, ?, ?)", dayRows);
        jdbc.batchUpdate("INSERT INTO visit_day_hour (site_id, local_day, local_hour, episodes, occupied_seconds, "
                + "counselling, syringes_out, syringes_returned, referrals) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", hourRows);
        jdbc.batchUpdate("INSERT INTO visit_day_mix (site_id, local_day, category, name, amount) VALUES (?, ?, ?, ?, ?)",
                mixRows);
    }

    private void read(long siteId, LocalDate first, LocalDate last, Map<LocalDate, Day> out) {
        Object[] span = {siteId, Date.valueOf(first), Date.valueOf(last)};
        jdbc.query("SELECT local_day, local_hour, episodes, occupied_seconds, counselling, syringes_out, "
                + "syringes_returned, referrals FROM visit_day_hour WHERE site_id = ? AND local_day BETWEEN ? AND ?", rs -> {
            long[] m = out.computeIfAbsent(rs.getDate(1).toLocalDate(), d -> new Day()).hours[rs.getInt(2)];
            for (int i = 0; i < MEASURES; i++) {
                m[i] += rs.getLong(3 + i);
            }
        }, span);
        jdbc.query("SELECT local_day, category, name, amount FROM visit_day_mix WHERE site_id = ? "
                + "AND local_day BETWEEN ? AND ?", rs -> {
            out.computeIfAbsent(rs.getDate(1).toLocalDate(), d -> new Day()).addMix(rs.getString(2), rs.getString(3),
                    rs.getLong(4));
        }, span);
    }

    /**
     * Counts the site's visits that started in [from, until) local days straight from the visit
     * tables (booth time in whole seconds per visit, so sums of hours equal sums of days). Grouped by quarter hour since the epoch (no zone functions in SQL, no parameter in the
     * grouping expression): every real zone offset is a whole number of quarter hours, so each
     * quarter falls in exactly one local hour.
     */
    Map<LocalDate, Day> count(long siteId, ZoneId zone, LocalDate from, LocalDate until) {
        Map<LocalDate, Day> out = new TreeMap<>();
        Object[] span = {siteId, utc(from.atStartOfDay(zone).toInstant()), utc(until.atStartOfDay(zone).toInstant())};
        jdbc.query("SELECT " + QUARTER + ", v.route, COUNT(*), COALESCE(SUM(CASE WHEN v.ended_at IS NULL THEN 0 "
                + "ELSE FLOOR(EXTRACT(EPOCH FROM v.ended_at) - EXTRACT(EPOCH FROM v.started_at)) END), 0), "
                + "COALESCE(SUM(CASE WHEN v.counselling THEN 1 ELSE 0 END), 0), COALESCE(SUM(v.syringes_returned), 0) "
                + "FROM visit v WHERE" + IN_SPAN + "GROUP BY " + QUARTER + ", v.route", rs -> {
            LocalDateTime local = local(rs.getLong(1), zone);
            Day day = out.computeIfAbsent(local.toLocalDate(), d -> new Day());
            long[] m = day.hours[local.getHour()];
            m[EPISODES] += rs.getLong(3);
            m[OCCUPIED_SECONDS] += rs.getLong(4);
            m[COUNSELLING] += rs.getLong(5);
            m[SYRINGES_RETURNED] += rs.getLong(6);
            day.addMix("ROUTE", rs.getString(2), rs.getLong(3));
        }, span);
        jdbc.query("SELECT " + QUARTER + ", s.substance, COUNT(*) FROM visit_substance s JOIN visit v ON v.id = s.visit_id "
                + "WHERE" + IN_SPAN + "GROUP BY " + QUARTER + ", s.substance", rs -> {
            dayOf(out, rs.getLong(1), zone).addMix("SUBSTANCE", rs.getString(2), rs.getLong(3));
        }, span);
        jdbc.query("SELECT " + QUARTER + ", r.kind, COUNT(*) FROM visit_referral r JOIN visit v ON v.id = r.visit_id "
                + "WHERE" + IN_SPAN + "GROUP BY " + QUARTER + ", r.kind", rs -> {
            LocalDateTime local = local(rs.getLong(1), zone);
            Day day = out.computeIfAbsent(local.toLocalDate(), d -> new Day());
            day.hours[local.getHour()][REFERRALS] += rs.getLong(3);
            day.addMix("REFERRAL", rs.getString(2), rs.getLong(3));
        }, span);
        jdbc.query("SELECT " + QUARTER + ", SUM(s.quantity) FROM visit_supply s JOIN visit v ON v.id = s.visit_id "
                + "WHERE s.supply IN (" + SYRINGE_KINDS + ") AND" + IN_SPAN + "GROUP BY " + QUARTER, rs -> {
            LocalDateTime local = local(rs.getLong(1), zone);
            out.computeIfAbsent(local.toLocalDate(), d -> new Day()).hours[local.getHour()][SYRINGES_OUT] += rs.getLong(2);
        }, span);
        return out;
    }

    private Set<LocalDate> rolledUpDays(long siteId, ZoneId zone, LocalDate first, LocalDate last) {
        Set<LocalDate> days = new HashSet<>();
        // a purged day counts as rolled up in any zone: recounting it from its deleted visits would zero it
        jdbc.query("SELECT local_day FROM visit_day WHERE site_id = ? AND local_day BETWEEN ? AND ? "
                        + "AND (zone_id = ? OR purged = TRUE)",
                rs -> {
                    days.add(rs.getDate(1).toLocalDate());
                }, siteId, Date.valueOf(first), Date.valueOf(last), zone.getId());
        return days;
    }

    private LocalDate firstUnsettledDay(ZoneId zone) {
        return LocalDate.ofInstant(clock.instant().minus(SETTLE), zone);
    }

    private void lockSite(long siteId) {
        jdbc.queryForList("SELECT id FROM site WHERE id = ? FOR UPDATE", Long.class, siteId);
    }

    private static Day dayOf(Map<LocalDate, Day> out, long quarter, ZoneId zone) {
        return out.computeIfAbsent(local(quarter, zone).toLocalDate(), d -> new Day());
    }

    private static LocalDateTime local(long quarter, ZoneId zone) {
        return LocalDateTime.ofInstant(Instant.ofEpochSecond(quarter * 900), zone);
    }

    private static OffsetDateTime utc(Instant i) {
        return OffsetDateTime.ofInstant(i, ZoneOffset.UTC);
    }
}

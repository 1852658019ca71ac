package org.dcrconsole.booth;

import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.TreeSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.dcrconsole.security.CurrentUser;
import org.dcrconsole.site.SiteService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read-only visit statistics for the dashboard and the funder's report, for spans of whole local
 * days in the site's zone. Episodes, booth time, counselling, syringes, referrals and the mixes
 * come from the daily roll-up ({@link VisitRollup}); unique clients and refusals are counted
 * directly through covering indexes. A visit counts on the day and in the hour its start falls in.
 * Nothing here returns a client; only counts leave this class.
 */
@Service
public class VisitStatisticsService {

    /**
     * The headline numbers of a span.
     *
     * @param occupiedSeconds booth time of the visits ended so far, in seconds
     */
    public record VisitTotals(long episodes, long uniqueClients, long counselling, long referrals,
                              long syringesHandedOut, long syringesReturned, long occupiedSeconds, long refusals) {
    }

    /** Visits started in one local hour of a day of the span, and their booth time. */
    public record HourFigures(LocalDate day, int hour, long episodes, long occupiedSeconds) {
    }

    /**
     * A span's figures: totals, episodes by local hour, episodes by substance (an episode with two
     * counts for both) and by route, referrals by kind (enum names as keys).
     */
    public record VisitSummary(VisitTotals totals, List<HourFigures> hours, Map<String, Long> substances,
                               Map<String, Long> routes, Map<String, Long> referralsByKind) {
    }

    /** Unique clients of one sex and birth year who visited in the span. */
    public record ClientGroup(String sex, int birthYear, long clients) {
    }

    private static final String IN_SPAN = " v.site_id = ? AND v.started_at >= ? AND v.started_at < ? "
            // a voided visit (a mistaken check-in) counts nowhere
            + "AND v.status <> 'VOIDED' ";

    private final JdbcTemplate jdbc;
    private final SiteService siteService;
    private final VisitRollup rollup;

    VisitStatisticsService(JdbcTemplate jdbc, SiteService siteService, VisitRollup rollup) {
        this.jdbc = jdbc;
        this.siteService = siteService;
        this.rollup = rollup;
    }

    /** Everything the dashboard shows of a site's visits on the local days first..last. */
    @PreAuthorize("hasAnyRole('SUPERVISOR','MANAGER')")
    @Transactional(readOnly = true)
    public VisitSummary summary(long siteId, LocalDate first, LocalDate last) {
        CurrentUser.requireSite(siteId);
        ZoneId zone = siteService.site(siteId).zone();
        long[] sums = new long[6];
        List<HourFigures> hours = new ArrayList<>();
        Map<String, Map<String, Long>> mixes = new HashMap<>();
        rollup.days(siteId, zone, first, last).forEach((date, day) -> {
            for (int h = 0; h < 24; h++) {
                long[] m = day.hours[h];
                for (int i = 0; i < m.length; i++) {
                    sums[i] += m[i];
                }
                if (m[VisitRollup.EPISODES] > 0 || m[VisitRollup.OCCUPIED_SECONDS] > 0) {
                    hours.add(new HourFigures(date, h, m[VisitRollup.EPISODES], m[VisitRollup.OCCUPIED_SECONDS]));
                }
            }
            day.mix.forEach((category, names) -> names.forEach((name, n) ->
                    mixes.computeIfAbsent(category, c -> new TreeMap<>()).merge(name, n, Long::sum)));
        });
        Object[] span = span(siteId, zone, first, last);
        // rows the retention job deleted count through the figures it kept (VisitRetentionService)
        long unique = count("SELECT COUNT(DISTINCT v.client_id) FROM visit v WHERE" + IN_SPAN, span)
                + keptUnique(siteId, first, last);
        long refusals = count("SELECT COUNT(*) FROM admission_refusal WHERE site_id = ? AND refused_at >= ? "
                + "AND refused_at < ?", span) + count("SELECT COALESCE(SUM(amount), 0) FROM refusal_day_kept "
                + "WHERE site_id = ? AND local_day BETWEEN ? AND ?", siteId, Date.valueOf(first), Date.valueOf(last));
        VisitTotals totals = new VisitTotals(sums[VisitRollup.EPISODES], unique, sums[VisitRollup.COUNSELLING],
                sums[VisitRollup.REFERRALS], sums[VisitRollup.SYRINGES_OUT], sums[VisitRollup.SYRINGES_RETURNED],
                sums[VisitRollup.OCCUPIED_SECONDS], refusals);
        return new VisitSummary(totals, hours, mixes.getOrDefault("SUBSTANCE", Map.of()),
                mixes.getOrDefault("ROUTE", Map.of()), mixes.getOrDefault("REFERRAL", Map.of()));
    }

    /** Refused admissions by reason (the reason's enum name). */
    @PreAuthorize("hasAnyRole('SUPERVISOR','MANAGER')")
    @Transactional(readOnly = true)
    public Map<String, Long> refusalsByReason(long siteId, LocalDate first, LocalDate last) {
        CurrentUser.requireSite(siteId);
        Map<String, Long> out = new LinkedHashMap<>();
        jdbc.query("SELECT reason, COUNT(*) FROM admission_refusal WHERE site_id = ? AND refused_at >= ? "
                + "AND refused_at < ? GROUP BY reason", rs -> {
            out.put(rs.getString(1), rs.getLong(2));
        }, span(siteId, siteService.site(siteId).zone(), first, last));
        jdbc.query("SELECT reason, SUM(amount) FROM refusal_day_kept WHERE site_id = ? AND local_day BETWEEN ? AND ? "
                + "GROUP BY reason", rs -> {
            out.merge(rs.getString(1), rs.getLong(2), Long::sum);
        }, siteId, Date.valueOf(first), Date.valueOf(last));
        return out;
    }

    /** Unique clients by sex and birth year (the caller bands the ages). */
    @PreAuthorize("hasAnyRole('SUPERVISOR','MANAGER')")
    @Transactional(readOnly = true)
    public List<ClientGroup> clientsBySexAndBirthYear(long siteId, LocalDate first, LocalDate last) {
        CurrentUser.requireSite(siteId);
        List<ClientGroup> groups = new ArrayList<>(jdbc.query("SELECT c.sex, c.birth_year, COUNT(DISTINCT c.id) "
                        + "FROM visit v JOIN client c ON c.id = v.client_id WHERE" + IN_SPAN + "GROUP BY c.sex, c.birth_year",
                (rs, i) -> new ClientGroup(rs.getString(1), rs.getInt(2), rs.getLong(3)),
                span(siteId, siteService.site(siteId).zone(), first, last)));
        groups.addAll(keptGroups(List.of(siteId), first, last));
        return groups;
    }

    /**
     * Unique clients of the months the retention job deleted visits of, as it kept them. A span
     * that cuts a deleted month counts the whole month's clients (their visits are gone, so an upper
     * bound is all that is left); whole months, as the funder's report asks for, are exact.
     */
    private long keptUnique(long siteId, LocalDate first, LocalDate last) {
        return count("SELECT COALESCE(SUM(unique_clients), 0) FROM visit_month_kept WHERE site_id = ? "
                + "AND local_month >= ? AND local_month <= ?", siteId, Date.valueOf(first.withDayOfMonth(1)),
                Date.valueOf(last));
    }

    /** Clients by sex and birth year of the deleted months in the span, per site as kept. */
    private List<ClientGroup> keptGroups(Collection<Long> siteIds, LocalDate first, LocalDate last) {
        List<ClientGroup> out = new ArrayList<>();
        for (long siteId : new TreeSet<>(siteIds)) {
            out.addAll(jdbc.query("SELECT sex, birth_year, clients FROM visit_month_client_kept WHERE site_id = ? "
                            + "AND local_month >= ? AND local_month <= ?",
                    (rs, i) -> new ClientGroup(rs.getString(1), rs.getInt(2), rs.getLong(3)),
                    siteId, Date.valueOf(first.withDayOfMonth(1)), Date.valueOf(last)));
        }
        return out;
    }

    /**
     * Unique clients of several sites on the local days first..last, each person once: the client
     * code's keyed hash is the same at every site, so a person who visited two sites counts once
     * (a sum of the sites' counts would count them twice).
     */
    @PreAuthorize("hasAnyRole('SUPERVISOR','MANAGER')")
    @Transactional(readOnly = true)
    public long uniqueClients(Collection<Long> siteIds, LocalDate first, LocalDate last) {
        List<Object> args = new ArrayList<>();
        String spans = spans(siteIds, first, last, args);
        long kept = 0;
        for (long siteId : new TreeSet<>(siteIds)) {
            kept += keptUnique(siteId, first, last);
        }
        // months whose visits are deleted are kept per site: a person at two sites then counts twice
        return count("SELECT COUNT(DISTINCT c.code_hash) FROM visit v JOIN client c ON c.id = v.client_id WHERE "
                + spans, args.toArray()) + kept;
    }

    /**
     * Unique clients of several sites by sex and birth year, each person once across the sites
     * (sex and birth year are part of the code, so one hash has one sex and one year).
     */
    @PreAuthorize("hasAnyRole('SUPERVISOR','MANAGER')")
    @Transactional(readOnly = true)
    public List<ClientGroup> clientsBySexAndBirthYear(Collection<Long> siteIds, LocalDate first, LocalDate last) {
        List<Object> args = new ArrayList<>();
        String spans = spans(siteIds, first, last, args);
        List<ClientGroup> groups = new ArrayList<>(jdbc.query("SELECT c.sex, c.birth_year, COUNT(DISTINCT c.code_hash) "
                        + "FROM visit v JOIN client c ON c.id = v.client_id WHERE " + spans + " GROUP BY c.sex, c.birth_year",
                (rs, i) -> new ClientGroup(rs.getString(1), rs.getInt(2), rs.getLong(3)), args.toArray()));
        groups.addAll(keptGroups(siteIds, first, last));
        return groups;
    }

    /** "(span of site 1) OR (span of site 2) ...", each in its site's zone; checks every site. */
    private String spans(Collection<Long> siteIds, LocalDate first, LocalDate last, List<Object> args) {
        if (siteIds.isEmpty()) {
            throw new IllegalArgumentException("No site chosen");
        }
        List<String> parts = new ArrayList<>();
        for (long siteId : new TreeSet<>(siteIds)) {
            CurrentUser.requireSite(siteId);
            args.addAll(List.of(span(siteId, siteService.site(siteId).zone(), first, last)));
            parts.add("(" + IN_SPAN + ")");
        }
        return "(" + String.join(" OR ", parts) + ")";
    }

    private long count(String sql, Object... args) {
        Long n = jdbc.queryForObject(sql, Long.class, args);
        return n == null ? 0 : n;
    }

    private static Object[] span(long siteId, ZoneId zone, LocalDate first, LocalDate last) {
        return new Object[] {siteId, utc(first.atStartOfDay(zone).toInstant()),
                utc(last.plusDays(1).atStartOfDay(zone).toInstant())};
    }

    private static OffsetDateTime utc(Instant i) {
        return OffsetDateTime.ofInstant(i, ZoneOffset.UTC);
    }
}

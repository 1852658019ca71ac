package org.dcrconsole.booth;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dcrconsole.security.CurrentUser;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read-only visit statistics for the dashboard and the funder's report: aggregate SQL over a
 * site's visits in a time span, served by the index on (site_id, started_at). A visit counts in
 * the span its start falls in. Nothing here returns a client; only counts leave this class.
 */
@Service
public class VisitStatisticsService {

    /** Supply kinds counted as syringes handed out. */
    static final String SYRINGE_KINDS = "'SYRINGE_1ML', 'SYRINGE_2ML'";

    /**
     * The headline numbers of a span.
     *
     * @param occupiedSeconds booth time of the visits ended so far, in seconds
     */
    public record VisitTotals(long episodes, long uniqueClients, long counselling, long referrals,
                              long syringesHandedOut, long syringesReturned, long occupiedSeconds, long refusals) {
    }

    /** Visits started in one hour, the hour counted from the start of the span. */
    public record HourBucket(long hour, long episodes, long occupiedSeconds) {
    }

    /** Unique clients of one sex and birth year who visited in the span. */
    public record ClientGroup(String sex, int birthYear, long clients) {
    }

    private static final String IN_SPAN = " v.site_id = ? AND v.started_at >= ? AND v.started_at < ? ";

    private final JdbcTemplate jdbc;

    VisitStatisticsService(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Episodes, unique clients, counselling, referrals, syringes and refusals of a site in [from, to). */
    @PreAuthorize("hasAnyRole('SUPERVISOR','MANAGER')")
    @Transactional(readOnly = true)
    public VisitTotals totals(long siteId, Instant from, Instant to) {
        CurrentUser.requireSite(siteId);
        Object[] p = span(siteId, from, to);
        long[] v = jdbc.queryForObject("SELECT COUNT(*), COUNT(DISTINCT v.client_id), "
                + "COALESCE(SUM(CASE WHEN v.counselling THEN 1 ELSE 0 END), 0), "
                + "COALESCE(SUM(v.syringes_returned), 0), "
                + "COALESCE(SUM(CASE WHEN v.ended_at IS NULL THEN 0 "
                + "ELSE EXTRACT(EPOCH FROM v.ended_at) - EXTRACT(EPOCH FROM v.started_at) END), 0) "
                + "FROM visit v WHERE" + IN_SPAN, (rs, i) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3),
                rs.getLong(4), rs.getLong(5)}, p);
        long referrals = count("SELECT COUNT(*) FROM visit_referral r JOIN visit v ON v.id = r.visit_id WHERE" + IN_SPAN, p);
        long syringes = count("SELECT COALESCE(SUM(s.quantity), 0) FROM visit_supply s JOIN visit v ON v.id = s.visit_id "
                + "WHERE s.supply IN (" + SYRINGE_KINDS + ") AND" + IN_SPAN, p);
        long refusals = count("SELECT COUNT(*) FROM admission_refusal WHERE site_id = ? AND refused_at >= ? "
                + "AND refused_at < ?", p);
        return new VisitTotals(v[0], v[1], v[2], referrals, syringes, v[3], v[4], refusals);
    }

    /** Refused admissions by reason (the reason's enum name). */
    @PreAuthorize("hasAnyRole('SUPERVISOR','MANAGER')")
    @Transactional(readOnly = true)
    public Map<String, Long> refusalsByReason(long siteId, Instant from, Instant to) {
        CurrentUser.requireSite(siteId);
        return grouped("SELECT reason, COUNT(*) FROM admission_refusal WHERE site_id = ? AND refused_at >= ? "
                + "AND refused_at < ? GROUP BY reason", span(siteId, from, to));
    }

    /** Referrals by kind (the kind's enum name). */
    @PreAuthorize("hasAnyRole('SUPERVISOR','MANAGER')")
    @Transactional(readOnly = true)
    public Map<String, Long> referralsByKind(long siteId, Instant from, Instant to) {
        CurrentUser.requireSite(siteId);
        return grouped("SELECT r.kind, COUNT(*) FROM visit_referral r JOIN visit v ON v.id = r.visit_id WHERE"
                + IN_SPAN + "GROUP BY r.kind", span(siteId, from, to));
    }

    /** Episodes by substance; an episode with two substances counts for both. */
    @PreAuthorize("hasAnyRole('SUPERVISOR','MANAGER')")
    @Transactional(readOnly = true)
    public Map<String, Long> substances(long siteId, Instant from, Instant to) {
        CurrentUser.requireSite(siteId);
        return grouped("SELECT s.substance, COUNT(*) FROM visit_substance s JOIN visit v ON v.id = s.visit_id WHERE"
                + IN_SPAN + "GROUP BY s.substance", span(siteId, from, to));
    }

    /** Episodes by route of use. */
    @PreAuthorize("hasAnyRole('SUPERVISOR','MANAGER')")
    @Transactional(readOnly = true)
    public Map<String, Long> routes(long siteId, Instant from, Instant to) {
        CurrentUser.requireSite(siteId);
        return grouped("SELECT v.route, COUNT(*) FROM visit v WHERE" + IN_SPAN + "GROUP BY v.route",
                span(siteId, from, to));
    }

    /** Unique clients by sex and birth year (the caller bands the ages). */
    @PreAuthorize("hasAnyRole('SUPERVISOR','MANAGER')")
    @Transactional(readOnly = true)
    public List<ClientGroup> clientsBySexAndBirthYear(long siteId, Instant from, Instant to) {
        CurrentUser.requireSite(siteId);
        return jdbc.query("SELECT c.sex, c.birth_year, COUNT(DISTINCT c.id) FROM visit v JOIN client c ON c.id = v.client_id "
                        + "WHERE" + IN_SPAN + "GROUP BY c.sex, c.birth_year",
                (rs, i) -> new ClientGroup(rs.getString(1), rs.getInt(2), rs.getLong(3)), span(siteId, from, to));
    }

    /**
     * Episodes and booth time per hour since {@code from}: hour 0 is [from, from + 1 h). The caller
     * maps hours to the site's days and weekdays, which keeps the SQL free of time-zone functions.
     */
    @PreAuthorize("hasAnyRole('SUPERVISOR','MANAGER')")
    @Transactional(readOnly = true)
    public List<HourBucket> hourly(long siteId, Instant from, Instant to) {
        CurrentUser.requireSite(siteId);
        // Grouped by quarter hour since the epoch, with no parameter in the expression and no derived
        // table: H2 re-ran a derived table once per group, and every real zone offset is a whole
        // number of quarter hours, so quarters fold exactly into hours counted from {@code from}.
        String quarter = "FLOOR(EXTRACT(EPOCH FROM v.started_at) / 900)";
        java.util.TreeMap<Long, long[]> hours = new java.util.TreeMap<>();
        long fromSecond = from.getEpochSecond();
        jdbc.query("SELECT " + quarter + ", COUNT(*), COALESCE(SUM(CASE WHEN v.ended_at IS NULL THEN 0 "
                        + "ELSE EXTRACT(EPOCH FROM v.ended_at) - EXTRACT(EPOCH FROM v.started_at) END), 0) "
                        + "FROM visit v WHERE" + IN_SPAN + "GROUP BY " + quarter,
                rs -> {
                    long hour = Math.floorDiv(rs.getLong(1) * 900 - fromSecond, 3600);
                    long[] sums = hours.computeIfAbsent(hour, h -> new long[2]);
                    sums[0] += rs.getLong(2);
                    sums[1] += rs.getLong(3);
                }, siteId, utc(from), utc(to));
        List<HourBucket> out = new ArrayList<>();
        hours.forEach((hour, sums) -> out.add(new HourBucket(hour, sums[0], sums[1])));
        out.sort(java.util.Comparator.comparingLong(HourBucket::hour));
        return out;
    }

    private long count(String sql, Object... args) {
        Long n = jdbc.queryForObject(sql, Long.class, args);
        return n == null ? 0 : n;
    }

    private Map<String, Long> grouped(String sql, Object... args) {
        Map<String, Long> out = new LinkedHashMap<>();
        jdbc.query(sql, rs -> {
            out.put(rs.getString(1), rs.getLong(2));
        }, args);
        return out;
    }

    private static Object[] span(long siteId, Instant from, Instant to) {
        return new Object[] {siteId, utc(from), utc(to)};
    }

    private static OffsetDateTime utc(Instant i) {
        return OffsetDateTime.ofInstant(i, ZoneOffset.UTC);
    }
}

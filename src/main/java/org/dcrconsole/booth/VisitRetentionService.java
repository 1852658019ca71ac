package org.dcrconsole.booth;

import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

import org.dcrconsole.security.CurrentUser;
import org.dcrconsole.security.Roles;
import org.dcrconsole.site.SiteService;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deletes a site's visits, refusals, queue entries and clients past their retention, keeping the
 * figures the dashboard and the funder's report show for those months exactly as they were:
 * the days' roll-up is completed first and then kept for good ({@code visit_day.purged}), and the
 * figures counted straight from visits and refusals (unique clients per month, clients by sex and
 * birth year per month, refusals per day and reason) are stored as counts before the rows go.
 * Visits and refusals are deleted by whole local months, so that a month's figures stay exact.
 */
@Service
public class VisitRetentionService {

    /** What one purge deleted. */
    public record Purged(long visits, long refusals, long queueEntries, long clients) {
    }

    private final JdbcTemplate jdbc;
    private final VisitRollup rollup;
    private final SiteService siteService;

    VisitRetentionService(JdbcTemplate jdbc, VisitRollup rollup, SiteService siteService) {
        this.jdbc = jdbc;
        this.rollup = rollup;
        this.siteService = siteService;
    }

    /**
     * Completes the roll-up of every day before {@code visitsBefore} that still has visits. Runs in
     * transactions of its own; call it before {@link #purge}, outside the purge's transaction (the
     * roll-up and the purge both lock the site).
     */
    @PreAuthorize("hasRole('MANAGER')")
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public void prepare(long siteId, LocalDate visitsBefore) {
        CurrentUser.requireSite(siteId);
        ZoneId zone = siteService.site(siteId).zone();
        LocalDate first = firstVisitDay(siteId, zone, visitsBefore);
        if (first != null) {
            rollup.ensureRolledUp(siteId, zone, first, visitsBefore.minusDays(1));
        }
    }

    /**
     * Deletes the site's visits that started before the local day {@code visitsBefore}, refusals
     * and finished queue entries before {@code refusalsBefore} (both the first of a month), and the
     * clients with no visit, queue entry or refusal left whose last visit was before
     * {@code clientsIdleSince}. Keeps the counts described on the class first.
     *
     * @throws IllegalStateException when a day to delete has no roll-up ({@link #prepare} first)
     */
    @PreAuthorize("hasRole('MANAGER')")
    @Transactional
    public Purged purge(long siteId, LocalDate visitsBefore, LocalDate refusalsBefore, Instant clientsIdleSince) {
        CurrentUser.requireSite(siteId);
        if (visitsBefore.getDayOfMonth() != 1 || refusalsBefore.getDayOfMonth() != 1) {
            throw new IllegalArgumentException("Retention deletes whole months");
        }
        ZoneId zone = siteService.site(siteId).zone();
        jdbc.queryForList("SELECT id FROM site WHERE id = ? FOR UPDATE", Long.class, siteId);
        if (jdbc.queryForObject("SELECT COUNT(*) FROM retention_state WHERE site_id = ?", Long.class, siteId) == 0) {
            jdbc.update("INSERT INTO retention_state (site_id) VALUES (?)", siteId);
        }
        long visits = purgeVisits(siteId, zone, visitsBefore);
        long[] refusals = purgeRefusals(siteId, zone, refusalsBefore);
        long clients = jdbc.update("DELETE FROM client WHERE site_id = ? "
                + "AND COALESCE(last_deleted_visit_at, first_visit_at, created_at) < ? "
                + "AND NOT EXISTS (SELECT 1 FROM visit v WHERE v.client_id = client.id) "
                + "AND NOT EXISTS (SELECT 1 FROM queue_entry q WHERE q.client_id = client.id) "
                + "AND NOT EXISTS (SELECT 1 FROM admission_refusal r WHERE r.client_id = client.id)",
                siteId, utc(clientsIdleSince));
        return new Purged(visits, refusals[0], refusals[1], clients);
    }

    private long purgeVisits(long siteId, ZoneId zone, LocalDate before) {
        LocalDate first = firstVisitDay(siteId, zone, before);
        if (first == null) {
            return 0;
        }
        OffsetDateTime end = utc(before.atStartOfDay(zone).toInstant());
        long expected = first.datesUntil(before).count();
        Long present = jdbc.queryForObject("SELECT COUNT(*) FROM visit_day WHERE site_id = ? AND local_day >= ? "
                + "AND local_day < ?", Long.class, siteId, Date.valueOf(first), Date.valueOf(before));
        if (present == null || present != expected) {
            throw new IllegalStateException("Roll-up incomplete before " + before + " at site " + siteId);
        }
        for (YearMonth m = YearMonth.from(first); m.atDay(1).isBefore(before); m = m.plusMonths(1)) {
            keepMonth(siteId, zone, m);
        }
        jdbc.update("UPDATE visit_day SET purged = TRUE WHERE site_id = ? AND local_day < ?", siteId,
                Date.valueOf(before));
        jdbc.update("UPDATE client SET last_deleted_visit_at = (SELECT MAX(v.started_at) FROM visit v "
                + "WHERE v.client_id = client.id AND v.started_at < ?) WHERE site_id = ? AND EXISTS "
                + "(SELECT 1 FROM visit v WHERE v.client_id = client.id AND v.started_at < ?)", end, siteId, end);
        long deleted = jdbc.update("DELETE FROM visit WHERE site_id = ? AND started_at < ?", siteId, end);
        jdbc.update("UPDATE retention_state SET visits_purged_before = ? WHERE site_id = ? "
                + "AND (visits_purged_before IS NULL OR visits_purged_before < ?)", Date.valueOf(before), siteId,
                Date.valueOf(before));
        return deleted;
    }

    /** Stores a month's directly counted client figures, unless an earlier run stored them. */
    private void keepMonth(long siteId, ZoneId zone, YearMonth month) {
        Date key = Date.valueOf(month.atDay(1));
        if (jdbc.queryForObject("SELECT COUNT(*) FROM visit_month_kept WHERE site_id = ? AND local_month = ?",
                Long.class, siteId, key) > 0) {
            return;
        }
        Object[] span = {siteId, utc(month.atDay(1).atStartOfDay(zone).toInstant()),
                utc(month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant())};
        Long unique = jdbc.queryForObject("SELECT COUNT(DISTINCT v.client_id) FROM visit v WHERE v.site_id = ? "
                + "AND v.started_at >= ? AND v.started_at < ?", Long.class, span);
        jdbc.update("INSERT INTO visit_month_kept (site_id, local_month, unique_clients) VALUES (?, ?, ?)", siteId, key,
                unique == null ? 0 : unique);
        jdbc.update("INSERT INTO visit_month_client_kept (site_id, local_month, sex, birth_year, clients) "
                + "SELECT ?, ?, c.sex, c.birth_year, COUNT(DISTINCT c.id) FROM visit v JOIN client c ON c.id = v.client_id "
                + "WHERE v.site_id = ? AND v.started_at >= ? AND v.started_at < ? GROUP BY c.sex, c.birth_year",
                siteId, key, span[0], span[1], span[2]);
    }

    private long[] purgeRefusals(long siteId, ZoneId zone, LocalDate before) {
        OffsetDateTime end = utc(before.atStartOfDay(zone).toInstant());
        Map<LocalDate, Map<String, Long>> perDay = new HashMap<>();
        jdbc.query("SELECT refused_at, reason FROM admission_refusal WHERE site_id = ? AND refused_at < ?", rs -> {
            LocalDate day = rs.getObject(1, OffsetDateTime.class).atZoneSameInstant(zone).toLocalDate();
            perDay.computeIfAbsent(day, d -> new HashMap<>()).merge(rs.getString(2), 1L, Long::sum);
        }, siteId, end);
        perDay.forEach((day, reasons) -> reasons.forEach((reason, n) -> {
            int updated = jdbc.update("UPDATE refusal_day_kept SET amount = amount + ? WHERE site_id = ? "
                    + "AND local_day = ? AND reason = ?", n, siteId, Date.valueOf(day), reason);
            if (updated == 0) {
                jdbc.update("INSERT INTO refusal_day_kept (site_id, local_day, reason, amount) VALUES (?, ?, ?, ?)",
                        siteId, Date.valueOf(day), reason, n);
            }
        }));
        long refusals = jdbc.update("DELETE FROM admission_refusal WHERE site_id = ? AND refused_at < ?", siteId, end);
        long queue = jdbc.update("DELETE FROM queue_entry WHERE site_id = ? AND joined_at < ? AND left_at IS NOT NULL",
                siteId, end);
        jdbc.update("UPDATE retention_state SET refusals_purged_before = ? WHERE site_id = ? "
                + "AND (refusals_purged_before IS NULL OR refusals_purged_before < ?)", Date.valueOf(before), siteId,
                Date.valueOf(before));
        return new long[] {refusals, queue};
    }

    private @Nullable LocalDate firstVisitDay(long siteId, ZoneId zone, LocalDate before) {
        OffsetDateTime min = jdbc.queryForObject("SELECT MIN(started_at) FROM visit WHERE site_id = ? AND started_at < ?",
                OffsetDateTime.class, siteId, utc(before.atStartOfDay(zone).toInstant()));
        return min == null ? null : min.atZoneSameInstant(zone).toLocalDate();
    }

    private static OffsetDateTime utc(Instant i) {
        return OffsetDateTime.ofInstant(i, ZoneOffset.UTC);
    }
}

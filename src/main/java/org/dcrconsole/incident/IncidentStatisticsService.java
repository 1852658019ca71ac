package org.dcrconsole.incident;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.dcrconsole.security.CurrentUser;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read-only incident counts for the dashboard and the funder's report, by the time an incident
 * occurred, served by the index on (site_id, occurred_at); response steps are reached through
 * their index on (incident_id, kind).
 */
@Service
public class IncidentStatisticsService {

    /**
     * Incident counts of a span.
     *
     * @param emergencies            opioid overdoses and other medical emergencies
     * @param overdoses              opioid overdoses
     * @param overdosesWithNaloxone  opioid overdoses in which naloxone was given
     * @param naloxoneDoses          naloxone doses given (every dose counts)
     * @param ambulanceCalls         incidents in which an ambulance was called
     * @param deaths                 incidents of severity death or with the outcome "died"
     */
    public record IncidentTotals(long emergencies, long overdoses, long overdosesWithNaloxone, long naloxoneDoses,
                                 long ambulanceCalls, long deaths, long incidents) {
    }

    private static final String STEP = "EXISTS (SELECT 1 FROM response_step s WHERE s.incident_id = i.id AND s.kind = ";

    private final JdbcTemplate jdbc;

    IncidentStatisticsService(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Emergencies, overdoses, naloxone, ambulance calls and deaths of a site in [from, to). */
    @PreAuthorize("hasAnyRole('SUPERVISOR','MANAGER')")
    @Transactional(readOnly = true)
    public IncidentTotals totals(long siteId, Instant from, Instant to) {
        CurrentUser.requireSite(siteId);
        Object[] p = {siteId, utc(from), utc(to)};
        long[] v = jdbc.queryForObject("SELECT "
                + "COUNT(CASE WHEN i.type IN ('OPIOID_OVERDOSE', 'OTHER_MEDICAL') THEN 1 END), "
                + "COUNT(CASE WHEN i.type = 'OPIOID_OVERDOSE' THEN 1 END), "
                + "COUNT(CASE WHEN i.type = 'OPIOID_OVERDOSE' AND " + STEP + "'NALOXONE') THEN 1 END), "
                + "COUNT(CASE WHEN " + STEP + "'AMBULANCE_CALLED') THEN 1 END), "
                + "COUNT(CASE WHEN i.severity = 'DEATH' OR " + STEP + "'OUTCOME' AND s.outcome = 'DIED') THEN 1 END), "
                + "COUNT(*) FROM incident i WHERE i.site_id = ? AND i.occurred_at >= ? AND i.occurred_at < ?",
                (rs, n) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
                        rs.getLong(6)}, p);
        Long doses = jdbc.queryForObject("SELECT COUNT(*) FROM response_step s JOIN incident i ON i.id = s.incident_id "
                + "WHERE s.kind = 'NALOXONE' AND i.site_id = ? AND i.occurred_at >= ? AND i.occurred_at < ?", Long.class, p);
        return new IncidentTotals(v[0], v[1], v[2], doses == null ? 0 : doses, v[3], v[4], v[5]);
    }

    /** Incidents not yet closed whose review deadline has passed at {@code now}. */
    @PreAuthorize("hasAnyRole('SUPERVISOR','MANAGER')")
    @Transactional(readOnly = true)
    public long overdueReviews(long siteId, Instant now) {
        CurrentUser.requireSite(siteId);
        Long n = jdbc.queryForObject("SELECT COUNT(*) FROM incident WHERE site_id = ? "
                + "AND state IN ('REPORTED', 'UNDER_REVIEW', 'ACTIONS_OPEN') AND review_deadline < ?", Long.class,
                siteId, utc(now));
        return n == null ? 0 : n;
    }

    private static OffsetDateTime utc(Instant i) {
        return OffsetDateTime.ofInstant(i, ZoneOffset.UTC);
    }
}

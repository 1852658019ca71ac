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
 * Incident counts the funder's report needs beyond {@link IncidentService#counts}: all opioid
 * overdoses of a span (the report sets those that needed naloxone against them). Served by the
 * index on (site_id, type, occurred_at).
 */
@Service
public class IncidentStatisticsService {

    private final JdbcTemplate jdbc;

    IncidentStatisticsService(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Opioid overdoses that occurred at the site in [from, to). */
    @PreAuthorize("hasAnyRole('SUPERVISOR','MANAGER')")
    @Transactional(readOnly = true)
    public long overdoses(long siteId, Instant from, Instant to) {
        CurrentUser.requireSite(siteId);
        Long n = jdbc.queryForObject("SELECT COUNT(*) FROM incident WHERE site_id = ? AND type = 'OPIOID_OVERDOSE' "
                + "AND occurred_at >= ? AND occurred_at < ?", Long.class, siteId,
                OffsetDateTime.ofInstant(from, ZoneOffset.UTC), OffsetDateTime.ofInstant(to, ZoneOffset.UTC));
        return n == null ? 0 : n;
    }
}

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
 * Deletes a site's incidents past their retention together with their whole history (the Envers
 * revisions of the incident, its steps and actions), and lets the visit retention delete visits
 * that incidents still point at.
 */
@Service
public class IncidentRetentionService {

    private final JdbcTemplate jdbc;

    IncidentRetentionService(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Unlinks the site's incidents from visits that started before {@code before}, which the
     * retention job is about to delete; the incident keeps the client's alias and its booth.
     */
    @PreAuthorize("hasRole('MANAGER')")
    @Transactional
    public long unlinkVisits(long siteId, Instant before) {
        CurrentUser.requireSite(siteId);
        return jdbc.update("UPDATE incident SET visit_id = NULL WHERE site_id = ? AND visit_id IN "
                + "(SELECT v.id FROM visit v WHERE v.site_id = ? AND v.started_at < ?)", siteId, siteId, utc(before));
    }

    /** Deletes the site's incidents that occurred before {@code before}, with their history. */
    @PreAuthorize("hasRole('MANAGER')")
    @Transactional
    public long purge(long siteId, Instant before) {
        CurrentUser.requireSite(siteId);
        // steps, actions and the whole history go with their incident (ON DELETE CASCADE, V19): the
        // application role on PostgreSQL may not delete history rows itself (docker/app-role.sql)
        return jdbc.update("DELETE FROM incident WHERE site_id = ? AND occurred_at < ?", siteId, utc(before));
    }

    private static OffsetDateTime utc(Instant i) {
        return OffsetDateTime.ofInstant(i, ZoneOffset.UTC);
    }
}

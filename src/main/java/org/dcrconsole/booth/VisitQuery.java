package org.dcrconsole.booth;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * The SQL of the visit history for one site and filter, shared by the grid and the export so
 * both always show the same rows. Ordered by (site, start) so the index
 * {@code ix_visit_site_started} (or one of the filter indexes) serves the order.
 */
final class VisitQuery {

    static final String COLUMNS = "v.id, v.started_at, v.ended_at, v.booth_id, b.label AS booth_label, c.alias, "
            + "v.route, v.syringes_returned, v.counselling, v.status, v.created_by, v.created_at";

    private final StringBuilder where = new StringBuilder("v.site_id = :siteId");
    private final MapSqlParameterSource params = new MapSqlParameterSource();

    VisitQuery(long siteId, VisitFilter filter, ZoneId zone) {
        params.addValue("siteId", siteId);
        if (filter.from() != null) {
            where.append(" AND v.started_at >= :from");
            params.addValue("from", utc(filter.from().atStartOfDay(zone).toInstant()));
        }
        if (filter.to() != null) {
            where.append(" AND v.started_at < :to");
            params.addValue("to", utc(filter.to().plusDays(1).atStartOfDay(zone).toInstant()));
        }
        if (filter.boothId() != null) {
            where.append(" AND v.booth_id = :boothId");
            params.addValue("boothId", filter.boothId());
        }
        if (filter.route() != null) {
            where.append(" AND v.route = :route");
            params.addValue("route", filter.route().name());
        }
        if (filter.alias() != null && !filter.alias().isBlank()) {
            where.append(" AND v.client_id IN (SELECT a.id FROM client a WHERE a.site_id = :siteId AND a.alias LIKE :alias)");
            params.addValue("alias", ClientCodes.normaliseAlias(filter.alias()).replace("%", "").replace("_", "") + "%");
        }
        if (filter.substance() != null) {
            where.append(" AND EXISTS (SELECT 1 FROM visit_substance s WHERE s.visit_id = v.id AND s.substance = :substance)");
            params.addValue("substance", filter.substance().name());
        }
        if (filter.status() != null) {
            // served by ix_visit_site_status_started
            where.append(" AND v.status = :status");
            params.addValue("status", filter.status().name());
        }
        if (filter.referralGiven()) {
            where.append(" AND EXISTS (SELECT 1 FROM visit_referral r WHERE r.visit_id = v.id)");
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    /** Oldest first walks the (site, start DESC) index backwards: both columns are reversed. */
    String select(boolean ascending) {
        return "SELECT " + COLUMNS + " FROM visit v JOIN booth b ON b.id = v.booth_id JOIN client c ON c.id = v.client_id"
                + " WHERE " + where + (ascending ? " ORDER BY v.site_id DESC, v.started_at ASC"
                        : " ORDER BY v.site_id ASC, v.started_at DESC");
    }

    /**
     * One page: the visits are paged on their own (one table, one index walk), and only the page's
     * rows are joined to booth and client.
     */
    String page(boolean ascending) {
        String order = ascending ? " ORDER BY v.site_id DESC, v.started_at ASC" : " ORDER BY v.site_id ASC, v.started_at DESC";
        return "SELECT " + COLUMNS + " FROM (SELECT * FROM visit v WHERE " + where + order
                + " OFFSET :offset ROWS FETCH NEXT :limit ROWS ONLY) v"
                + " JOIN booth b ON b.id = v.booth_id JOIN client c ON c.id = v.client_id" + order;
    }

    MapSqlParameterSource params() {
        return params;
    }
}

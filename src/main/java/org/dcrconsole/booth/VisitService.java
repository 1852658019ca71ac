package org.dcrconsole.booth;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.dcrconsole.audit.AccessKind;
import org.dcrconsole.audit.AccessLogService;
import org.dcrconsole.base.BusinessException;
import org.dcrconsole.base.supply.Supply;
import org.dcrconsole.security.CurrentUser;
import org.dcrconsole.security.Roles;
import org.dcrconsole.site.BoothInfo;
import org.dcrconsole.site.SiteInfo;
import org.dcrconsole.site.SiteService;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The visit history of a site: pages for the grid, a streamed CSV export of the same rows (never
 * the whole year in memory), and a visit's reference for incident reports.
 */
@Service
public class VisitService {

    /** Visits read from the cursor before their substances, referrals and supplies are fetched. */
    static final int EXPORT_BATCH = 500;
    static final String CSV_HEADER = "visit_id,started_at,ended_at,booth,alias,substances,route,supplies,"
            + "syringes_returned,counselling,referrals,status";
    private static final DateTimeFormatter CSV_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final NamedParameterJdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate streamingJdbc;
    private final VisitRepository visits;
    private final ClientRepository clients;
    private final SiteService siteService;
    private final AccessLogService accessLog;

    VisitService(DataSource dataSource, VisitRepository visits, ClientRepository clients, SiteService siteService,
                 AccessLogService accessLog) {
        this.accessLog = accessLog;
        this.jdbc = new NamedParameterJdbcTemplate(dataSource);
        JdbcTemplate streaming = new JdbcTemplate(dataSource);
        streaming.setFetchSize(EXPORT_BATCH);
        this.streamingJdbc = new NamedParameterJdbcTemplate(streaming);
        this.visits = visits;
        this.clients = clients;
        this.siteService = siteService;
    }

    /**
     * One page of visits, newest first unless the page asks for {@link Visit#SORT_STARTED}
     * ascending (the only sort the indexes serve).
     */
    @PreAuthorize(Roles.FLOOR)
    @Transactional(readOnly = true)
    public List<VisitRow> list(long siteId, VisitFilter filter, Pageable pageable) {
        CurrentUser.requireSite(siteId);
        SiteInfo site = siteService.site(siteId);
        VisitQuery query = new VisitQuery(siteId, filter, site.zone());
        Sort.Order order = pageable.getSort().getOrderFor(Visit.SORT_STARTED);
        boolean ascending = order != null && order.isAscending();
        MapSqlParameterSource params = query.params()
                .addValue("offset", pageable.getOffset())
                .addValue("limit", pageable.getPageSize());
        List<Base> base = jdbc.query(query.page(ascending), params, (rs, n) -> base(rs));
        Details details = details(base.stream().map(Base::id).toList());
        List<VisitRow> rows = base.stream().map(b -> b.row(details)).toList();
        // a lazy grid asks for further pages as one scrolls: one entry per opening or filter change
        if (pageable.getOffset() == 0) {
            accessLog.record(AccessKind.VISIT_LIST, siteId, describe(filter) + " shown: "
                    + rows.stream().map(VisitRow::alias).distinct().collect(Collectors.joining(" ")));
        }
        return rows;
    }

    /**
     * The filter as the access log keeps it: dates, booth, substance, route; the typed alias filter
     * only as "set", since a search box may hold a fragment of a code or a name.
     */
    private static String describe(VisitFilter f) {
        return "from=" + (f.from() == null ? "*" : f.from()) + " to=" + (f.to() == null ? "*" : f.to())
                + (f.boothId() == null ? "" : " booth=" + f.boothId())
                + (f.substance() == null ? "" : " substance=" + f.substance())
                + (f.route() == null ? "" : " route=" + f.route())
                + (f.referralGiven() ? " referral" : "")
                + (f.alias() == null || f.alias().isBlank() ? "" : " alias-filter");
    }

    /** One visit as the history shows it (for the correction dialogs). */
    @PreAuthorize(Roles.FLOOR)
    @Transactional(readOnly = true)
    public VisitRow row(long siteId, long visitId) {
        CurrentUser.requireSite(siteId);
        List<Base> base = jdbc.query("SELECT " + VisitQuery.COLUMNS + " FROM visit v JOIN booth b ON b.id = v.booth_id "
                        + "JOIN client c ON c.id = v.client_id WHERE v.id = :id AND v.site_id = :siteId",
                new MapSqlParameterSource("id", visitId).addValue("siteId", siteId), (rs, n) -> base(rs));
        if (base.isEmpty()) {
            throw new BusinessException("error.notFound");
        }
        return base.getFirst().row(details(List.of(visitId)));
    }

    /**
     * Writes the filtered visits as CSV (UTF-8, aliases only) to {@code out}, newest first, reading
     * them through a database cursor in batches of {@value #EXPORT_BATCH}. Returns the number of
     * visits written. The export is recorded in the access log.
     */
    @PreAuthorize(Roles.FLOOR)
    @Transactional(readOnly = true)
    public long exportCsv(long siteId, VisitFilter filter, OutputStream out) {
        CurrentUser.requireSite(siteId);
        SiteInfo site = siteService.site(siteId);
        VisitQuery query = new VisitQuery(siteId, filter, site.zone());
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
        List<Base> batch = new ArrayList<>(EXPORT_BATCH);
        long[] count = {0};
        try {
            writer.write(CSV_HEADER);
            writer.write("\r\n");
            streamingJdbc.query(query.select(false), query.params(), rs -> {
                batch.add(base(rs));
                if (batch.size() == EXPORT_BATCH) {
                    count[0] += writeBatch(batch, writer, site.zone());
                }
            });
            count[0] += writeBatch(batch, writer, site.zone());
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        accessLog.record(AccessKind.VISIT_EXPORT, siteId, describe(filter) + " rows=" + count[0]);
        return count[0];
    }

    /** A visit as an incident report names it; another site's visit is "not found". */
    @PreAuthorize(Roles.CLIENT_DATA)
    @Transactional(readOnly = true)
    public VisitRef visitRef(long siteId, long visitId) {
        CurrentUser.requireSite(siteId);
        Visit visit = visits.findByIdAndSiteId(visitId, siteId).orElseThrow(() -> new BusinessException("error.notFound"));
        BoothInfo booth = siteService.booth(siteId, visit.getBoothId());
        String alias = clients.findByIdAndSiteId(visit.getClientId(), siteId).map(Client::getAlias).orElse("?");
        return new VisitRef(visit.getId(), booth.id(), booth.label(), alias, visit.getStartedAt());
    }

    private long writeBatch(List<Base> batch, Writer writer, ZoneId zone) {
        if (batch.isEmpty()) {
            return 0;
        }
        Details details = details(batch.stream().map(Base::id).toList());
        try {
            for (Base b : batch) {
                VisitRow r = b.row(details);
                writer.write(String.join(",",
                        Long.toString(r.id()),
                        CSV_TIME.format(r.startedAt().atZone(zone)),
                        r.endedAt() == null ? "" : CSV_TIME.format(r.endedAt().atZone(zone)),
                        csv(r.boothLabel()),
                        csv(r.alias()),
                        r.substances().stream().map(Enum::name).collect(Collectors.joining(";")),
                        r.route().name(),
                        r.supplies().entrySet().stream().map(e -> e.getKey().name() + ":" + e.getValue())
                                .collect(Collectors.joining(";")),
                        r.syringesReturned() == null ? "" : r.syringesReturned().toString(),
                        Boolean.toString(r.counselling()),
                        r.referrals().stream().map(Enum::name).collect(Collectors.joining(";")),
                        r.status().name()));
                writer.write("\r\n");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int n = batch.size();
        batch.clear();
        return n;
    }

    /** Quotes a text field; a leading formula character is defused so spreadsheets do not run it. */
    static String csv(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            v = "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }

    private Details details(Collection<Long> ids) {
        Details d = new Details(new HashMap<>(), new HashMap<>(), new HashMap<>());
        if (ids.isEmpty()) {
            return d;
        }
        MapSqlParameterSource p = new MapSqlParameterSource("ids", ids);
        jdbc.query("SELECT visit_id, substance FROM visit_substance WHERE visit_id IN (:ids)", p, rs -> {
            d.substances.computeIfAbsent(rs.getLong(1), k -> EnumSet.noneOf(Substance.class))
                    .add(Substance.valueOf(rs.getString(2)));
        });
        jdbc.query("SELECT visit_id, kind FROM visit_referral WHERE visit_id IN (:ids)", p, rs -> {
            d.referrals.computeIfAbsent(rs.getLong(1), k -> EnumSet.noneOf(ReferralKind.class))
                    .add(ReferralKind.valueOf(rs.getString(2)));
        });
        jdbc.query("SELECT visit_id, supply, quantity FROM visit_supply WHERE visit_id IN (:ids)", p, rs -> {
            d.supplies.computeIfAbsent(rs.getLong(1), k -> new EnumMap<>(Supply.class))
                    .put(Supply.valueOf(rs.getString(2)), rs.getInt(3));
        });
        return d;
    }

    private static Base base(ResultSet rs) throws SQLException {
        OffsetDateTime ended = rs.getObject("ended_at", OffsetDateTime.class);
        OffsetDateTime created = rs.getObject("created_at", OffsetDateTime.class);
        int returned = rs.getInt("syringes_returned");
        Integer syringes = rs.wasNull() ? null : returned;
        return new Base(rs.getLong("id"), rs.getObject("started_at", OffsetDateTime.class).toInstant(),
                ended == null ? null : ended.toInstant(), rs.getLong("booth_id"), rs.getString("booth_label"),
                rs.getString("alias"), ConsumptionRoute.valueOf(rs.getString("route")), syringes,
                rs.getBoolean("counselling"), VisitStatus.valueOf(rs.getString("status")), rs.getString("created_by"),
                created == null ? null : created.toInstant());
    }

    private record Details(Map<Long, Set<Substance>> substances, Map<Long, Set<ReferralKind>> referrals,
                           Map<Long, Map<Supply, Integer>> supplies) {
    }

    private record Base(long id, Instant startedAt, Instant endedAt, long boothId, String boothLabel, String alias,
                        ConsumptionRoute route, Integer syringesReturned, boolean counselling, VisitStatus status,
                        String createdBy, Instant createdAt) {

        VisitRow row(Details d) {
            return new VisitRow(id, startedAt, endedAt, boothId, boothLabel, alias,
                    d.substances.getOrDefault(id, EnumSet.noneOf(Substance.class)), route,
                    d.supplies.getOrDefault(id, Map.of()), syringesReturned, counselling,
                    d.referrals.getOrDefault(id, EnumSet.noneOf(ReferralKind.class)), status, createdBy, createdAt);
        }
    }
}

package org.dcrconsole.report;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.dcrconsole.TestUsers;
import org.dcrconsole.security.Role;
import org.dcrconsole.site.Booth;
import org.dcrconsole.site.BoothKind;
import org.dcrconsole.site.OpeningHours;
import org.dcrconsole.site.Site;
import org.dcrconsole.site.SiteService;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * Seeds the report tests' own rows with plain SQL, so every number the tests expect can be read
 * off the test itself: a site of its own (Berlin time, open 20:00–02:00 every day, so opening
 * hours cross midnight), booths, clients, visits, refusals, incidents and stock movements.
 */
public final class ReportFixture {

    public static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private final SiteService siteService;
    private final JdbcTemplate jdbc;
    public final long siteId;
    public final List<Long> booths = new ArrayList<>();
    private int clients;

    public ReportFixture(SiteService siteService, JdbcTemplate jdbc, String prefix, int boothsInService) {
        this.siteService = siteService;
        this.jdbc = jdbc;
        try {
            this.siteId = TestUsers.as(TestUsers.user("report-admin", List.of(), Role.ADMIN), () -> {
                Site site = new Site();
                site.setName(prefix + " " + UUID.randomUUID().toString().substring(0, 8));
                site.setCity("Berlin");
                site.setTimeZone(BERLIN.getId());
                List<OpeningHours> hours = new ArrayList<>();
                for (DayOfWeek d : DayOfWeek.values()) {
                    hours.add(new OpeningHours(d, LocalTime.of(20, 0), LocalTime.of(2, 0)));
                }
                site.setOpeningHours(hours);
                long id = siteService.saveSite(site).getId();
                for (int i = 1; i <= boothsInService + 1; i++) {
                    Booth b = new Booth();
                    b.setSiteId(id);
                    b.setLabel("B" + i);
                    b.setKind(BoothKind.INJECTION);
                    b.setInService(i <= boothsInService);
                    booths.add(siteService.saveBooth(b).getId());
                }
                return id;
            });
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Berlin wall-clock time as an instant. */
    public static Instant local(String dateTime) {
        return LocalDateTime.parse(dateTime).atZone(BERLIN).toInstant();
    }

    public static OffsetDateTime utc(Instant i) {
        return OffsetDateTime.ofInstant(i, ZoneOffset.UTC);
    }

    public long client(String sex, int birthYear) {
        int n = ++clients;
        return insert("INSERT INTO client (site_id, code_hash, alias, sex, birth_year, eligibility_confirmed) "
                + "VALUES (?, ?, ?, ?, ?, TRUE)", siteId, "hash-" + siteId + "-" + n, "C" + n, sex, birthYear);
    }

    /**
     * A client with the given code hash: the same hash at two sites is the same person, as the
     * keyed hash of one client code is the same at every site.
     */
    public long client(String sex, int birthYear, String codeHash) {
        int n = ++clients;
        return insert("INSERT INTO client (site_id, code_hash, alias, sex, birth_year, eligibility_confirmed) "
                + "VALUES (?, ?, ?, ?, ?, TRUE)", siteId, codeHash, "C" + n, sex, birthYear);
    }

    /** A visit in booth 1 (or the given booth); open when {@code minutes} is null. */
    public long visit(long clientId, String startLocal, @Nullable Integer minutes, String route, boolean counselling,
               @Nullable Integer syringesReturned, List<String> substances) {
        return visit(booths.getFirst(), clientId, startLocal, minutes, route, counselling, syringesReturned, substances);
    }

    public long visit(long boothId, long clientId, String startLocal, @Nullable Integer minutes, String route,
               boolean counselling, @Nullable Integer syringesReturned, List<String> substances) {
        Instant start = local(startLocal);
        Instant end = minutes == null ? null : start.plusSeconds(60L * minutes);
        long id = insert("INSERT INTO visit (site_id, booth_id, client_id, started_at, ended_at, route, syringes_returned, "
                        + "counselling, open_booth_id, open_client_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                siteId, boothId, clientId, utc(start), end == null ? null : utc(end), route, syringesReturned, counselling,
                end == null ? boothId : null, end == null ? clientId : null);
        for (String s : substances) {
            jdbc.update("INSERT INTO visit_substance (visit_id, substance) VALUES (?, ?)", id, s);
        }
        return id;
    }

    public void supply(long visitId, String supply, int quantity) {
        jdbc.update("INSERT INTO visit_supply (visit_id, supply, quantity) VALUES (?, ?, ?)", visitId, supply, quantity);
    }

    public void referral(long visitId, String kind) {
        jdbc.update("INSERT INTO visit_referral (visit_id, kind) VALUES (?, ?)", visitId, kind);
    }

    public void refusal(String local, String reason) {
        jdbc.update("INSERT INTO admission_refusal (site_id, reason, refused_at) VALUES (?, ?, ?)", siteId, reason,
                utc(local(local)));
    }

    public long incident(String local, String type, String severity) {
        Instant at = local(local);
        return insert("INSERT INTO incident (site_id, occurred_at, type, severity, state, description, review_deadline) "
                + "VALUES (?, ?, ?, ?, 'REPORTED', 'test', ?)", siteId, utc(at), type, severity, utc(at.plusSeconds(86400)));
    }

    public void step(long incidentId, String kind, String local) {
        if (kind.equals("NALOXONE")) {
            jdbc.update("INSERT INTO response_step (incident_id, kind, step_at, naloxone_dose_mg, naloxone_route) "
                    + "VALUES (?, 'NALOXONE', ?, 0.4, 'IM')", incidentId, utc(local(local)));
        } else {
            jdbc.update("INSERT INTO response_step (incident_id, kind, step_at) VALUES (?, ?, ?)", incidentId, kind,
                    utc(local(local)));
        }
    }

    public long item(String name) {
        return insert("INSERT INTO stock_item (site_id, name, category, unit, pack_size, reorder_point, target_level, "
                + "lead_time_days) VALUES (?, ?, 'INJECTION', 'PIECE', 10, 20, 100, 3)", siteId, name);
    }

    public void movement(long itemId, String kind, int quantity, String local) {
        jdbc.update("INSERT INTO stock_movement (site_id, item_id, kind, quantity, occurred_at, recorded_at, recorded_by) "
                + "VALUES (?, ?, ?, ?, ?, ?, 'test')", siteId, itemId, kind, quantity, utc(local(local)), utc(local(local)));
    }

    private long insert(String sql, Object... args) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.update(con -> {
            var ps = con.prepareStatement(sql, new String[] {"id"});
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            return ps;
        }, keys);
        return keys.getKey().longValue();
    }
}

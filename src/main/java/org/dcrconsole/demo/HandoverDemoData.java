package org.dcrconsole.demo;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.dcrconsole.site.BoothInfo;
import org.dcrconsole.site.OpeningHours;
import org.dcrconsole.site.SiteInfo;
import org.dcrconsole.site.SiteService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A week of handover entries per site, a few each opening day, some about a booth, a client of
 * the register or an incident of that week. Open items of the last two days are still open
 * (pinned on the board); older ones were marked done later the same shift.
 */
@Component
class HandoverDemoData implements DemoStep {

    static final int DAYS = 7;
    /** Entries a day: Central is the busier site. */
    private static final Map<String, Integer> PER_DAY = Map.of(DemoContext.CENTRAL, 5, DemoContext.RIVERSIDE, 3);
    private static final double OPEN_ITEM_SHARE = 0.3;
    private static final String[] WRITERS = {"Sara Staff", "Sven Supervisor", "Maria Manager"};
    private static final String[] NOTES = {
        "Quiet morning, queue never longer than three.",
        "Oxygen cylinder in the injection room swapped; the spare is in the store.",
        "Police patrol passed by twice, no contact with clients.",
        "Counselling room booked for the housing office on Thursday afternoon.",
        "Several clients asked about the new drug-checking hours.",
        "Fridge temperature checked and logged.",
        "Two new volunteers shadowed the inhalation room.",
        "Busy evening after payday; keep an eye on the queue.",
    };
    private static final String[] OPEN_ITEMS = {
        "Extractor fan in this booth rattles; caretaker informed, please check it is fixed.",
        "Naloxone kit in the first-aid bag expires this month: swap it.",
        "Follow up with this client about the substitution referral.",
        "Sharps bin nearly full: empty it before the evening rush.",
        "Check in with this client about the wound on the left arm.",
        "Incident review meeting needs a date; ask the supervisor on duty.",
    };

    private final JdbcTemplate jdbc;
    private final SiteService siteService;

    HandoverDemoData(JdbcTemplate jdbc, SiteService siteService) {
        this.jdbc = jdbc;
        this.siteService = siteService;
    }

    @Override
    public int order() {
        // after the booth (clients) and incident steps, whose rows the entries point at
        return 450;
    }

    @Override
    public void run(DemoContext context) {
        Random random = context.random("handover");
        Instant now = context.clock().instant();
        List<Object[]> rows = new ArrayList<>();
        for (var site : context.siteIds().entrySet()) {
            long siteId = site.getValue();
            SiteInfo info = siteService.site(siteId);
            List<BoothInfo> booths = siteService.booths(siteId);
            List<Map<String, Object>> clients = jdbc.queryForList(
                    "SELECT id, alias FROM client WHERE site_id = ? ORDER BY id FETCH FIRST 200 ROWS ONLY", siteId);
            Instant weekAgo = context.today().minusDays(DAYS).atStartOfDay(info.zone()).toInstant();
            List<Long> incidents = jdbc.queryForList(
                    "SELECT id FROM incident WHERE site_id = ? AND occurred_at >= ? ORDER BY id",
                    Long.class, siteId, Timestamp.from(weekAgo));
            int perDay = PER_DAY.getOrDefault(site.getKey(), 3);
            for (int d = DAYS - 1; d >= 0; d--) {
                LocalDate day = context.today().minusDays(d);
                for (int k = 0; k < perDay; k++) {
                    Instant at = timeOfDay(random, info, day);
                    if (at == null || !at.isBefore(now)) {
                        continue;
                    }
                    rows.add(entry(random, siteId, at, now, d, booths, clients, incidents));
                }
            }
        }
        jdbc.batchUpdate("INSERT INTO handover_entry (site_id, body, open_item, booth_id, booth_label, client_id, "
                + "client_alias, incident_id, written_at, written_by, done_at, done_by, created_at, created_by) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'system')", rows);
    }

    private static Object[] entry(Random random, long siteId, Instant at, Instant now, int daysAgo,
                                  List<BoothInfo> booths, List<Map<String, Object>> clients, List<Long> incidents) {
        boolean open = random.nextDouble() < OPEN_ITEM_SHARE;
        String body = open ? OPEN_ITEMS[random.nextInt(OPEN_ITEMS.length)] : NOTES[random.nextInt(NOTES.length)];
        Long boothId = null;
        String boothLabel = null;
        Long clientId = null;
        String alias = null;
        Long incidentId = null;
        if (body.contains("booth") && !booths.isEmpty()) {
            BoothInfo booth = booths.get(random.nextInt(booths.size()));
            boothId = booth.id();
            boothLabel = booth.label();
        }
        if (body.contains("client") && !clients.isEmpty()) {
            Map<String, Object> client = clients.get(random.nextInt(clients.size()));
            clientId = ((Number) client.get("id")).longValue();
            alias = (String) client.get("alias");
        }
        if (body.contains("Incident") && !incidents.isEmpty()) {
            incidentId = incidents.get(random.nextInt(incidents.size()));
        }
        String writer = WRITERS[random.nextInt(WRITERS.length)];
        Instant doneAt = null;
        String doneBy = null;
        if (open && daysAgo >= 2) {
            Instant done = at.plus(Duration.ofMinutes(30 + random.nextInt(300)));
            doneAt = done.isBefore(now) ? done : at;
            doneBy = WRITERS[random.nextInt(WRITERS.length)];
        }
        return new Object[] {siteId, body, open, boothId, boothLabel, clientId, alias, incidentId, Timestamp.from(at),
                writer, doneAt == null ? null : Timestamp.from(doneAt), doneBy, Timestamp.from(at)};
    }

    private static Instant timeOfDay(Random r, SiteInfo site, LocalDate day) {
        OpeningHours hours = site.openingHours(day.getDayOfWeek()).orElse(null);
        if (hours == null) {
            return null;
        }
        LocalTime opens = hours.getOpens();
        long minutes = Duration.between(opens, hours.getCloses()).toMinutes();
        if (minutes <= 0) {
            minutes += 24 * 60;
        }
        ZonedDateTime start = day.atTime(opens).atZone(site.zone());
        return start.plusMinutes(r.nextLong(minutes)).toInstant();
    }
}

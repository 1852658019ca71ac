package org.dcrconsole.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.dcrconsole.base.supply.Supply;
import org.dcrconsole.booth.ClientCode;
import org.dcrconsole.booth.ClientCodes;
import org.dcrconsole.booth.ConsumptionRoute;
import org.dcrconsole.booth.ReferralKind;
import org.dcrconsole.booth.RefusalReason;
import org.dcrconsole.booth.Substance;
import org.dcrconsole.site.BoothInfo;
import org.dcrconsole.site.BoothKind;
import org.dcrconsole.site.OpeningHours;
import org.dcrconsole.site.SiteInfo;
import org.dcrconsole.site.SiteService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The floor's history: clients, visits at SPEC.md's rates (Central about 200 episodes a day,
 * Riverside about 80, times the volume factor), about 20 minutes in a booth, substance and route
 * mix, supplies, referrals at about 8 per 100 episodes, refusals, queues, a few bans, and "now" a
 * few open visits and waiting clients. Booths are assigned by simulating the day, so no booth is
 * ever double-booked. Rows go in by JDBC batches, day by day, so a year at a million visits fits.
 */
@Component
class BoothDemoData implements DemoStep {

    static final int CENTRAL_PER_DAY = 200;
    static final int RIVERSIDE_PER_DAY = 80;
    static final double REFERRALS_PER_EPISODE = 0.08;
    static final double COUNSELLING_PER_EPISODE = 0.06;
    static final double REFUSALS_PER_EPISODE = 0.03;
    static final Duration MAX_WAIT = Duration.ofMinutes(45);

    private final SiteService siteService;
    private final ClientCodes codes;
    private final JdbcTemplate jdbc;

    BoothDemoData(SiteService siteService, ClientCodes codes, JdbcTemplate jdbc) {
        this.siteService = siteService;
        this.codes = codes;
        this.jdbc = jdbc;
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public void run(DemoContext context) {
        SplittableRandom random = context.splittable("booth");
        long nextVisitId = jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) FROM visit", Long.class) + 1;
        nextVisitId = site(context, random, DemoContext.CENTRAL, CENTRAL_PER_DAY, 600, nextVisitId);
        nextVisitId = site(context, random, DemoContext.RIVERSIDE, RIVERSIDE_PER_DAY, 250, nextVisitId);
        // visits were inserted with their ids (to link substances and supplies); move the identity past them
        jdbc.execute("ALTER TABLE visit ALTER COLUMN id RESTART WITH " + nextVisitId);
    }

    private long site(DemoContext context, SplittableRandom random, String name, int perDay, int clientCount,
                      long firstVisitId) {
        long siteId = context.siteId(name);
        SiteInfo site = siteService.site(siteId);
        List<BoothInfo> booths = siteService.booths(siteId).stream().filter(BoothInfo::inService).toList();
        double volume = context.volume();
        List<DemoClient> clients = clients(siteId, random, (int) Math.round(clientCount * Math.max(1.0, volume)),
                context.today());
        Simulation sim = new Simulation(siteId, site, booths, clients, random, firstVisitId,
                context.clock().instant().truncatedTo(ChronoUnit.SECONDS));
        LocalDate today = context.today();
        for (LocalDate day = today.minusDays(context.days()); !day.isAfter(today); day = day.plusDays(1)) {
            Optional<OpeningHours> hours = site.openingHours(day.getDayOfWeek());
            if (hours.isEmpty()) {
                continue;
            }
            double weekday = switch (day.getDayOfWeek()) {
                case FRIDAY, SATURDAY -> 1.15;
                case SUNDAY -> 0.85;
                default -> 1.0;
            };
            int episodes = (int) Math.round(perDay * volume * weekday * (0.9 + 0.2 * random.nextDouble()));
            sim.day(day, hours.get(), episodes);
            sim.flush();
        }
        sim.now();
        sim.flush();
        // with the site in the subquery the (site_id, client_id, started_at) index answers each client's
        // first visit; without it PostgreSQL scanned every visit for every client (minutes at a million)
        jdbc.update("UPDATE client SET first_visit_at = (SELECT MIN(v.started_at) FROM visit v "
                + "WHERE v.site_id = client.site_id AND v.client_id = client.id) WHERE site_id = ?", siteId);
        return sim.nextVisitId;
    }

    private List<DemoClient> clients(long siteId, SplittableRandom random, int count, LocalDate today) {
        Set<String> seenCodes = new HashSet<>();
        Set<String> aliases = new HashSet<>();
        List<Object[]> rows = new ArrayList<>();
        List<String> ordered = new ArrayList<>();
        Map<String, ConsumptionRoute> preferred = new HashMap<>();
        Year year = Year.from(today);
        String[] banReasons = {"Dealing on the premises", "Violence against staff", "Repeated threats", "Theft"};
        while (ordered.size() < count) {
            StringBuilder letters = new StringBuilder();
            for (int i = 0; i < 4; i++) {
                letters.append((char) ('A' + random.nextInt(26)));
            }
            double s = random.nextDouble();
            String sex = s < 0.25 ? "F" : s < 0.98 ? "M" : "D";
            int birthYear = year.getValue() - 19 - random.nextInt(45);
            ClientCode code = ClientCode.parse(letters + sex + birthYear, year);
            if (!seenCodes.add(code.normalised())) {
                continue;
            }
            String hash = codes.hash(code);
            String alias = ClientCodes.alias(hash, 6);
            for (int length = 7; aliases.contains(alias); length++) {
                alias = ClientCodes.alias(hash, length);
            }
            aliases.add(alias);
            boolean banned = random.nextDouble() < 0.01;
            rows.add(new Object[] {siteId, hash, alias, code.sex().name(), code.birthYear(), true,
                    banned ? banReasons[random.nextInt(banReasons.length)] : null,
                    banned ? java.sql.Date.valueOf(today.plusDays(3 + random.nextInt(60))) : null});
            ordered.add(alias);
            double r = random.nextDouble();
            preferred.put(alias, r < 0.45 ? ConsumptionRoute.INJECTION : r < 0.95 ? ConsumptionRoute.INHALATION
                    : r < 0.98 ? ConsumptionRoute.INTRANASAL : ConsumptionRoute.ORAL);
        }
        jdbc.batchUpdate("INSERT INTO client (site_id, code_hash, alias, sex, birth_year, eligibility_confirmed, "
                + "created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, CURRENT_TIMESTAMP, 'demo')",
                rows.stream().map(r -> Arrays.copyOf(r, 6)).toList());
        Map<String, Long> ids = new HashMap<>();
        jdbc.query("SELECT id, alias FROM client WHERE site_id = ?", rs -> {
            ids.put(rs.getString(2), rs.getLong(1));
        }, siteId);
        List<Object[]> bans = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            Object[] r = rows.get(i);
            if (r[7] != null) {
                bans.add(new Object[] {siteId, ids.get(ordered.get(i)), r[1], r[6], r[7]});
            }
        }
        jdbc.batchUpdate("INSERT INTO client_ban (site_id, client_id, code_hash, network, reason, banned_until, "
                + "banned_at, banned_by, created_at, created_by) VALUES (?, ?, ?, FALSE, ?, ?, CURRENT_TIMESTAMP, "
                + "'supervisor', CURRENT_TIMESTAMP, 'demo')", bans);
        List<DemoClient> clients = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            String alias = ordered.get(i);
            clients.add(new DemoClient(ids.get(alias), preferred.get(alias), rows.get(i)[7] != null));
        }
        return clients;
    }

    private record DemoClient(long id, ConsumptionRoute route, boolean banned) {
    }

    /** One site's floor, day by day: arrivals, waiting, booths, check-outs and cleaning. */
    private final class Simulation {

        private final long siteId;
        private final SiteInfo site;
        private final List<BoothInfo> booths;
        private final List<DemoClient> clients;
        private final SplittableRandom random;
        private final Instant now;
        private final Map<Long, Instant> boothFreeAt = new HashMap<>();
        private final Map<Long, Instant> clientFreeAt = new HashMap<>();
        private final Set<Long> openClients = new HashSet<>();
        private long nextVisitId;
        private int openVisits;
        private int waitingNow;

        private final List<Object[]> visits = new ArrayList<>();
        private final List<Object[]> substances = new ArrayList<>();
        private final List<Object[]> supplies = new ArrayList<>();
        private final List<Object[]> referrals = new ArrayList<>();
        private final List<Object[]> refusals = new ArrayList<>();
        private final List<Object[]> queue = new ArrayList<>();

        Simulation(long siteId, SiteInfo site, List<BoothInfo> booths, List<DemoClient> clients, SplittableRandom random,
                   long firstVisitId, Instant now) {
            this.siteId = siteId;
            this.site = site;
            this.booths = booths;
            this.clients = clients;
            this.random = random;
            this.nextVisitId = firstVisitId;
            this.now = now;
        }

        void day(LocalDate day, OpeningHours hours, int episodes) {
            ZonedDateTime opens = day.atTime(hours.getOpens()).atZone(site.zone());
            long openSeconds = hours.length().toSeconds();
            List<Instant> arrivals = new ArrayList<>();
            for (int i = 0; i < episodes; i++) {
                // busier in the second half of the day: the later of two uniform draws, now and then
                double u = random.nextDouble() < 0.4 ? Math.max(random.nextDouble(), random.nextDouble()) : random.nextDouble();
                long offset = (long) (u * (openSeconds - 25 * 60));
                arrivals.add(opens.toInstant().plusSeconds(offset).plusNanos(random.nextInt(1_000_000) * 1000L));
            }
            arrivals.sort(null);
            Instant closes = opens.toInstant().plus(hours.length());
            for (Instant arrival : arrivals) {
                if (arrival.isAfter(now)) {
                    break;
                }
                episode(arrival, closes);
            }
        }

        private void episode(Instant arrival, Instant closes) {
            DemoClient client = clients.get((int) Math.min(clients.size() - 1,
                    Math.floor(Math.pow(random.nextDouble(), 1.6) * clients.size())));
            if (openClients.contains(client.id())
                    || clientFreeAt.getOrDefault(client.id(), Instant.MIN).isAfter(arrival)) {
                return;
            }
            if (client.banned() && random.nextDouble() < 0.5) {
                refusal(client.id(), RefusalReason.BANNED, arrival);
                return;
            }
            if (random.nextDouble() < REFUSALS_PER_EPISODE) {
                double r = random.nextDouble();
                RefusalReason reason = r < 0.55 ? RefusalReason.INTOXICATED : r < 0.80 ? RefusalReason.FIRST_TIME_USER
                        : RefusalReason.UNDER_AGE;
                refusal(reason == RefusalReason.INTOXICATED ? client.id() : null, reason, arrival);
                return;
            }
            ConsumptionRoute route = random.nextDouble() < 0.85 ? client.route()
                    : ConsumptionRoute.values()[random.nextInt(2)];
            BoothInfo booth = null;
            Instant start = null;
            for (BoothInfo b : booths) {
                if (!route.fits(b.kind())) {
                    continue;
                }
                Instant free = boothFreeAt.getOrDefault(b.id(), Instant.MIN);
                Instant possible = free.isAfter(arrival) ? free : arrival;
                if (start == null || possible.isBefore(start)
                        || (possible.equals(start) && b.kind() == route.preferredKind() && booth.kind() != b.kind())) {
                    booth = b;
                    start = possible;
                }
            }
            if (booth == null) {
                return;
            }
            boolean waited = start.isAfter(arrival);
            if (waited && (Duration.between(arrival, start).compareTo(MAX_WAIT) > 0 || start.isAfter(closes))) {
                queue.add(new Object[] {siteId, client.id(), route.name(), substanceColumn(route), utc(arrival),
                        utc(arrival.plus(MAX_WAIT.dividedBy(2))), "LEFT", null});
                refusal(client.id(), RefusalReason.FULL, arrival.plus(MAX_WAIT.dividedBy(2)));
                return;
            }
            if (start.isAfter(now)) {
                // still waiting now
                queue.add(new Object[] {siteId, client.id(), route.name(), substanceColumn(route), utc(arrival), null,
                        null, client.id()});
                openClients.add(client.id());
                waitingNow++;
                return;
            }
            if (waited) {
                queue.add(new Object[] {siteId, client.id(), route.name(), substanceColumn(route), utc(arrival),
                        utc(start), "ADMITTED", null});
            }
            visit(client, booth, route, start);
        }

        private void visit(DemoClient client, BoothInfo booth, ConsumptionRoute route, Instant start) {
            long minutes = 8 + Math.round(-Math.log(1 - random.nextDouble()) * 12);
            Instant end = start.plus(Duration.ofMinutes(Math.min(minutes, 55))).plusSeconds(random.nextInt(60));
            boolean open = end.isAfter(now);
            long id = nextVisitId++;
            Instant cleaned = open ? null : end.plus(Duration.ofMinutes(Math.max(1, site.cleaningMinutes() - 1)));
            if (cleaned != null && cleaned.isAfter(now)) {
                cleaned = null;
            }
            boolean counselling = !open && random.nextDouble() < COUNSELLING_PER_EPISODE;
            Map<Supply, Integer> kit = kit(route);
            Integer returned = open ? null : route == ConsumptionRoute.INJECTION
                    ? (random.nextDouble() < 0.85 ? kit.getOrDefault(Supply.SYRINGE_2ML, 0) + kit.getOrDefault(Supply.SYRINGE_1ML, 0) : 0)
                    : 0;
            visits.add(new Object[] {id, siteId, booth.id(), client.id(), utc(start), open ? null : utc(end),
                    cleaned == null ? null : utc(cleaned), route.name(), returned, counselling,
                    open ? booth.id() : null, open ? client.id() : null, utc(start)});
            for (Substance s : substances(route)) {
                substances.add(new Object[] {id, s.name()});
            }
            kit.forEach((supply, n) -> supplies.add(new Object[] {id, supply.name(), n}));
            if (!open && random.nextDouble() < REFERRALS_PER_EPISODE) {
                ReferralKind[] kinds = ReferralKind.values();
                referrals.add(new Object[] {id, kinds[random.nextInt(kinds.length)].name()});
            }
            boothFreeAt.put(booth.id(), (open ? now.plus(Duration.ofHours(1)) : end)
                    .plus(Duration.ofMinutes(site.cleaningMinutes())));
            clientFreeAt.put(client.id(), open ? Instant.MAX : end);
            if (open) {
                openClients.add(client.id());
                openVisits++;
            }
        }

        /** Outside opening hours (or on a quiet moment) the demo still shows a live floor and a queue "now". */
        void now() {
            int wanted = openVisits > 0 ? 0 : Math.min(4, booths.size());
            int placed = 0;
            for (DemoClient client : clients) {
                if (placed == wanted) {
                    break;
                }
                if (client.banned() || openClients.contains(client.id())) {
                    continue;
                }
                BoothInfo booth = booths.stream()
                        .filter(b -> client.route().fits(b.kind()) && !boothFreeAt.getOrDefault(b.id(), Instant.MIN).isAfter(now))
                        .findFirst().orElse(null);
                if (booth == null) {
                    continue;
                }
                Instant start = now.minus(Duration.ofMinutes(4 + placed * 9L));
                Instant boothFree = boothFreeAt.getOrDefault(booth.id(), Instant.MIN);
                visit(client, booth, client.route(), boothFree.isAfter(start) ? boothFree : start);
                placed++;
            }
            int waiting = waitingNow;
            for (DemoClient client : clients.reversed()) {
                if (waiting == 2) {
                    break;
                }
                if (!client.banned() && !openClients.contains(client.id())) {
                    queue.add(new Object[] {siteId, client.id(), client.route().name(), substanceColumn(client.route()),
                            utc(now.minus(Duration.ofMinutes(3 + waiting * 4L))), null, null, client.id()});
                    openClients.add(client.id());
                    waiting++;
                }
            }
        }

        private Map<Supply, Integer> kit(ConsumptionRoute route) {
            Map<Supply, Integer> kit = new EnumMap<>(Supply.class);
            switch (route) {
                case INJECTION -> {
                    kit.put(random.nextDouble() < 0.7 ? Supply.SYRINGE_2ML : Supply.SYRINGE_1ML, 1 + random.nextInt(2));
                    kit.put(Supply.NEEDLE, 1 + random.nextInt(2));
                    kit.put(Supply.FILTER, 1);
                    kit.put(Supply.COOKER, 1);
                    kit.put(Supply.ALCOHOL_SWAB, 1 + random.nextInt(2));
                    kit.put(Supply.STERILE_WATER, 1);
                    if (random.nextDouble() < 0.5) {
                        kit.put(Supply.ASCORBIC_ACID, 1);
                    }
                }
                case INHALATION -> {
                    if (random.nextDouble() < 0.3) {
                        kit.put(Supply.PIPE, 1);
                    } else {
                        kit.put(Supply.FOIL, 1 + random.nextInt(2));
                    }
                }
                case INTRANASAL, ORAL -> {
                    if (random.nextDouble() < 0.3) {
                        kit.put(Supply.ALCOHOL_SWAB, 1);
                    }
                }
            }
            return kit;
        }

        private Set<Substance> substances(ConsumptionRoute route) {
            double r = random.nextDouble();
            return switch (route) {
                case INJECTION -> r < 0.55 ? Set.of(Substance.OPIOIDS) : r < 0.75 ? Set.of(Substance.COCAINE)
                        : r < 0.93 ? Set.of(Substance.OPIOIDS, Substance.COCAINE)
                        : r < 0.97 ? Set.of(Substance.AMPHETAMINES) : Set.of(Substance.OTHER);
                case INHALATION -> r < 0.55 ? Set.of(Substance.CRACK) : r < 0.85 ? Set.of(Substance.OPIOIDS)
                        : r < 0.93 ? Set.of(Substance.CRACK, Substance.OPIOIDS) : Set.of(Substance.COCAINE);
                case INTRANASAL -> r < 0.6 ? Set.of(Substance.COCAINE) : Set.of(Substance.AMPHETAMINES);
                case ORAL -> r < 0.6 ? Set.of(Substance.BENZODIAZEPINES) : Set.of(Substance.OTHER);
            };
        }

        private String substanceColumn(ConsumptionRoute route) {
            return substances(route).stream().sorted().map(Enum::name).reduce((a, b) -> a + "," + b).orElse("OTHER");
        }

        private void refusal(Long clientId, RefusalReason reason, Instant at) {
            refusals.add(new Object[] {siteId, clientId, reason.name(), utc(at), utc(at)});
        }

        void flush() {
            jdbc.batchUpdate("INSERT INTO visit (id, site_id, booth_id, client_id, started_at, ended_at, cleaned_at, route, "
                    + "syringes_returned, counselling, open_booth_id, open_client_id, created_at, created_by) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'demo')", visits);
            jdbc.batchUpdate("INSERT INTO visit_substance (visit_id, substance) VALUES (?, ?)", substances);
            jdbc.batchUpdate("INSERT INTO visit_supply (visit_id, supply, quantity) VALUES (?, ?, ?)", supplies);
            jdbc.batchUpdate("INSERT INTO visit_referral (visit_id, kind) VALUES (?, ?)", referrals);
            jdbc.batchUpdate("INSERT INTO admission_refusal (site_id, client_id, reason, refused_at, created_at, created_by) "
                    + "VALUES (?, ?, ?, ?, ?, 'demo')", refusals);
            jdbc.batchUpdate("INSERT INTO queue_entry (site_id, client_id, route, substances, joined_at, left_at, outcome, "
                    + "waiting_client_id, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, CURRENT_TIMESTAMP, 'demo')",
                    queue);
            visits.clear();
            substances.clear();
            supplies.clear();
            referrals.clear();
            refusals.clear();
            queue.clear();
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}

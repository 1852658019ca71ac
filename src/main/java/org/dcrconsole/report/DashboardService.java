package org.dcrconsole.report;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.Map;
import java.util.TreeMap;
import org.dcrconsole.audit.AccessKind;
import org.dcrconsole.audit.AccessLogService;
import org.dcrconsole.booth.VisitStatisticsService;
import org.dcrconsole.booth.VisitStatisticsService.ClientGroup;
import org.dcrconsole.booth.VisitStatisticsService.HourFigures;
import org.dcrconsole.booth.VisitStatisticsService.VisitSummary;
import org.dcrconsole.booth.VisitStatisticsService.VisitTotals;
import org.dcrconsole.booth.BoardService;
import org.dcrconsole.booth.BoardSummary;
import org.dcrconsole.incident.IncidentCounts;
import org.dcrconsole.incident.IncidentService;
import org.dcrconsole.naloxone.NaloxoneCounts;
import org.dcrconsole.naloxone.NaloxoneService;
import org.dcrconsole.incident.IncidentStatisticsService;
import org.dcrconsole.report.ChartData.DayCount;
import org.dcrconsole.report.ChartData.MonthCount;
import org.dcrconsole.security.CurrentUser;
import org.dcrconsole.security.Role;
import org.dcrconsole.site.BoothInfo;
import org.dcrconsole.site.OpeningHours;
import org.dcrconsole.site.SiteInfo;
import org.dcrconsole.site.SiteService;
import org.dcrconsole.roster.OnDuty;
import org.dcrconsole.roster.RosterService;
import org.dcrconsole.stock.MovementKind;
import org.dcrconsole.stock.StockAlerts;
import org.dcrconsole.stock.StockService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The dashboard's and the funder's report's numbers for one or more sites and a period. Every
 * number comes from an aggregate query of the feature that owns the data; this class adds the
 * sites up, takes each site's day boundaries in its own time zone, and derives the rates.
 */
@Service
public class DashboardService {

    private final SiteService siteService;
    private final VisitStatisticsService visits;
    private final BoardService board;
    private final IncidentService incidents;
    private final IncidentStatisticsService incidentStatistics;
    private final StockService stock;
    private final RosterService roster;
    private final NaloxoneService naloxone;
    private final Clock clock;
    private final AccessLogService accessLog;

    DashboardService(SiteService siteService, VisitStatisticsService visits, BoardService board,
                     IncidentService incidents, IncidentStatisticsService incidentStatistics, StockService stock,
                     RosterService roster, NaloxoneService naloxone, Clock clock, AccessLogService accessLog) {
        this.accessLog = accessLog;
        this.siteService = siteService;
        this.visits = visits;
        this.board = board;
        this.incidents = incidents;
        this.incidentStatistics = incidentStatistics;
        this.stock = stock;
        this.roster = roster;
        this.naloxone = naloxone;
        this.clock = clock;
    }

    /** Today in the zone of the first of the given sites (the dashboard's "today"). */
    @PreAuthorize("isAuthenticated()")
    public LocalDate today(Collection<Long> siteIds) {
        return LocalDate.now(clock.withZone(sites(siteIds).getFirst().zone()));
    }

    /**
     * Visit and incident figures, with rates and occupancy, for the period and the one before.
     * Sites are added up; a person who visits several of the sites is one unique client.
     */
    @PreAuthorize("hasAnyRole('SUPERVISOR','MANAGER')")
    public Comparison figures(Collection<Long> siteIds, Period period) {
        List<SiteInfo> sites = sites(siteIds);
        return new Comparison(floorFigures(sites, period), floorFigures(sites, period.previous()));
    }

    /** Units received, dispensed, used and wasted, for the period and the one before. */
    @PreAuthorize("hasAnyRole('STOCK_KEEPER','SUPERVISOR','MANAGER')")
    public Comparison stockFigures(Collection<Long> siteIds, Period period) {
        List<SiteInfo> sites = sites(siteIds);
        return new Comparison(stockSet(sites, period), stockSet(sites, period.previous()));
    }

    /** The data of the charts: episodes per day, occupancy by hour of week, substance and route mix, emergencies per month. */
    @PreAuthorize("hasAnyRole('SUPERVISOR','MANAGER')")
    public ChartData charts(Collection<Long> siteIds, Period period) {
        List<SiteInfo> sites = sites(siteIds);
        Map<LocalDate, Long> perDay = new TreeMap<>();
        period.dates().forEach(d -> perDay.put(d, 0L));
        double[][] occupied = new double[7][24];
        double[][] capacity = new double[7][24];
        Map<String, Long> substances = new TreeMap<>();
        Map<String, Long> routes = new TreeMap<>();
        for (SiteInfo site : sites) {
            VisitSummary summary = visits.summary(site.id(), period.first(), period.last());
            for (HourFigures h : summary.hours()) {
                perDay.merge(h.day(), h.episodes(), Long::sum);
                occupied[h.day().getDayOfWeek().getValue() - 1][h.hour()] += h.occupiedSeconds();
            }
            addCapacity(site, period, capacity);
            summary.substances().forEach((k, v) -> substances.merge(k, v, Long::sum));
            summary.routes().forEach((k, v) -> routes.merge(k, v, Long::sum));
        }
        Double[][] occupancy = new Double[7][24];
        for (int d = 0; d < 7; d++) {
            for (int h = 0; h < 24; h++) {
                occupancy[d][h] = capacity[d][h] > 0 ? Math.min(100, 100 * occupied[d][h] / capacity[d][h]) : null;
            }
        }
        List<MonthCount> months = new ArrayList<>();
        YearMonth last = YearMonth.from(period.last());
        for (int i = 11; i >= 0; i--) {
            YearMonth m = last.minusMonths(i);
            Period p = Period.month(m.atDay(1));
            long n = 0;
            for (SiteInfo site : sites) {
                n += incidents.counts(site.id(), p.start(site.zone()), p.end(site.zone())).emergencies();
            }
            months.add(new MonthCount(m, n));
        }
        List<DayCount> days = perDay.entrySet().stream().filter(e -> period.contains(e.getKey()))
                .map(e -> new DayCount(e.getKey(), e.getValue())).toList();
        return new ChartData(days, occupancy, substances, routes, months);
    }

    /**
     * What needs attention now: booths, queue and staff on duty for the floor, stock alerts for
     * stock keepers, understaffed hours ahead and overdue reviews for supervisors and managers.
     * Parts a user's roles do not cover are null.
     */
    @PreAuthorize("hasAnyRole('STAFF','SUPERVISOR','STOCK_KEEPER','MANAGER')")
    public LiveNow live(Collection<Long> siteIds) {
        List<SiteInfo> sites = sites(siteIds);
        boolean floor = CurrentUser.hasRole(Role.STAFF) || CurrentUser.hasRole(Role.SUPERVISOR)
                || CurrentUser.hasRole(Role.MANAGER);
        boolean lead = CurrentUser.hasRole(Role.SUPERVISOR) || CurrentUser.hasRole(Role.MANAGER);
        boolean stockRole = CurrentUser.hasRole(Role.STOCK_KEEPER) || lead;
        Long occupied = null;
        Long free = null;
        Long cleaning = null;
        Long queue = null;
        Long onDuty = null;
        Long required = null;
        boolean short_ = false;
        Long understaffed = null;
        Long out = null;
        Long low = null;
        Long expiring = null;
        Long overdue = null;
        Instant now = clock.instant();
        for (SiteInfo site : sites) {
            if (floor) {
                BoardSummary b = board.summary(site.id());
                occupied = plus(occupied, b.occupied());
                free = plus(free, b.free());
                cleaning = plus(cleaning, b.cleaning());
                queue = plus(queue, b.queueLength());
                OnDuty d = roster.staffOnDuty(site.id(), now);
                onDuty = plus(onDuty, d.headCount());
                required = plus(required, d.open() ? d.required() : 0);
                short_ |= !d.enough();
            }
            if (lead) {
                understaffed = plus(understaffed, roster.understaffedHours(site.id(), now, now.plus(Duration.ofDays(7))).size());
                overdue = plus(overdue, incidents.counts(site.id(), now, now).overdueReviews());
            }
            if (stockRole) {
                StockAlerts s = stock.alerts(site.id());
                out = plus(out, s.outOfStock());
                low = plus(low, s.atOrUnderReorderPoint());
                expiring = plus(expiring, s.naloxoneExpiring().size());
            }
        }
        return new LiveNow(occupied, free, cleaning, queue, onDuty, required, short_, understaffed, out, low, expiring,
                overdue);
    }

    /** The funder's report for one calendar month: figures against the month before, breakdowns and charts. */
    @PreAuthorize("hasAnyRole('SUPERVISOR','MANAGER')")
    public MonthlyReport monthly(Collection<Long> siteIds, YearMonth month) {
        List<SiteInfo> sites = sites(siteIds);
        Period period = Period.month(month.atDay(1));
        Comparison figures = new Comparison(floorFigures(sites, period), floorFigures(sites, period.previous()));
        Map<String, Map<String, Long>> bySexAndAge = new LinkedHashMap<>();
        MonthlyReport.SEXES.forEach(s -> bySexAndAge.put(s, zeros(MonthlyReport.AGE_BANDS)));
        Map<String, Long> substances = new TreeMap<>();
        Map<String, Long> routes = new TreeMap<>();
        Map<String, Long> referrals = new TreeMap<>();
        Map<String, Long> refusals = new TreeMap<>();
        // each person once across the sites, as the network's unique clients
        for (ClientGroup g : visits.clientsBySexAndBirthYear(ids(sites), period.first(), period.last())) {
            String band = MonthlyReport.ageBand(month.getYear() - g.birthYear());
            bySexAndAge.computeIfAbsent(g.sex(), s -> zeros(MonthlyReport.AGE_BANDS)).merge(band, g.clients(), Long::sum);
        }
        for (SiteInfo site : sites) {
            VisitSummary summary = visits.summary(site.id(), period.first(), period.last());
            summary.substances().forEach((k, v) -> substances.merge(k, v, Long::sum));
            summary.routes().forEach((k, v) -> routes.merge(k, v, Long::sum));
            summary.referralsByKind().forEach((k, v) -> referrals.merge(k, v, Long::sum));
            visits.refusalsByReason(site.id(), period.first(), period.last()).forEach((k, v) -> refusals.merge(k, v, Long::sum));
        }
        return new MonthlyReport(month, sites.stream().map(SiteInfo::name).toList(), clock.instant(), figures,
                bySexAndAge, substances, routes, referrals, refusals, charts(siteIds, period));
    }

    private FigureSet floorFigures(List<SiteInfo> sites, Period period) {
        Map<Figure, Double> v = new EnumMap<>(Figure.class);
        long occupiedSeconds = 0;
        double capacitySeconds = 0;
        for (SiteInfo site : sites) {
            Instant start = period.start(site.zone());
            Instant end = period.end(site.zone());
            VisitTotals t = visits.summary(site.id(), period.first(), period.last()).totals();
            add(v, Figure.EPISODES, t.episodes());
            add(v, Figure.REFUSALS, t.refusals());
            add(v, Figure.COUNSELLING, t.counselling());
            add(v, Figure.REFERRALS, t.referrals());
            add(v, Figure.SYRINGES_OUT, t.syringesHandedOut());
            add(v, Figure.SYRINGES_RETURNED, t.syringesReturned());
            occupiedSeconds += t.occupiedSeconds();
            double[][] capacity = new double[7][24];
            addCapacity(site, period, capacity);
            for (double[] day : capacity) {
                for (double c : day) {
                    capacitySeconds += c;
                }
            }
            IncidentCounts i = incidents.counts(site.id(), start, end);
            add(v, Figure.EMERGENCIES, i.emergencies());
            add(v, Figure.DEATHS, i.deaths());
            add(v, Figure.NALOXONE, i.naloxoneAdministrations());
            add(v, Figure.AMBULANCE_CALLS, i.ambulanceCalls());
            add(v, Figure.OVERDOSES, incidentStatistics.overdoses(site.id(), start, end));
            add(v, Figure.OVERDOSES_WITH_NALOXONE, i.overdosesWithNaloxone());
            NaloxoneCounts takeHome = naloxone.counts(site.id(), start, end);
            add(v, Figure.TAKE_HOME_KITS, takeHome.kitsHandedOut());
            add(v, Figure.CLIENTS_TRAINED, takeHome.clientsTrained());
            add(v, Figure.REVERSALS_REPORTED, takeHome.reversalsReported());
            // only hours that have passed: a roster ahead can still change
            Instant until = min(end, clock.instant());
            add(v, Figure.UNDERSTAFFED_HOURS, start.isBefore(until) ? roster.understaffedHours(site.id(), start, until).size() : 0);
        }
        // a person who visits two sites of the network is one client, not two
        v.put(Figure.UNIQUE_CLIENTS, (double) visits.uniqueClients(ids(sites), period.first(), period.last()));
        v.put(Figure.OCCUPANCY, capacitySeconds > 0 ? Math.min(100, 100 * occupiedSeconds / capacitySeconds) : 0.0);
        double episodes = v.getOrDefault(Figure.EPISODES, 0.0);
        v.put(Figure.REFERRALS_PER_100, episodes > 0 ? 100 * v.getOrDefault(Figure.REFERRALS, 0.0) / episodes : 0.0);
        v.put(Figure.EMERGENCIES_PER_1000, episodes > 0 ? 1000 * v.getOrDefault(Figure.EMERGENCIES, 0.0) / episodes : 0.0);
        return new FigureSet(period, v);
    }

    private FigureSet stockSet(List<SiteInfo> sites, Period period) {
        Map<Figure, Double> v = new EnumMap<>(Figure.class);
        for (Figure f : List.of(Figure.STOCK_RECEIVED, Figure.STOCK_DISPENSED, Figure.STOCK_USED, Figure.STOCK_WASTED)) {
            v.put(f, 0.0);
        }
        for (SiteInfo site : sites) {
            Map<MovementKind, Long> m = stock.movementTotals(site.id(), period.start(site.zone()), period.end(site.zone()));
            add(v, Figure.STOCK_RECEIVED, Math.abs(m.getOrDefault(MovementKind.RECEIPT, 0L)));
            add(v, Figure.STOCK_DISPENSED, Math.abs(m.getOrDefault(MovementKind.DISPENSE, 0L)));
            add(v, Figure.STOCK_USED, Math.abs(m.getOrDefault(MovementKind.USE, 0L)));
            add(v, Figure.STOCK_WASTED, Math.abs(m.getOrDefault(MovementKind.WASTE, 0L)));
        }
        return new FigureSet(period, v);
    }

    /**
     * Adds the booth-seconds the site offered in each hour of the week during the period: booths
     * in service times the part of each hour the site was open, cut off at now for a running day.
     */
    private void addCapacity(SiteInfo site, Period period, double[][] capacity) {
        long booths = siteService.booths(site.id()).stream().filter(BoothInfo::inService).count();
        if (booths == 0) {
            return;
        }
        ZoneId zone = site.zone();
        Instant from = period.start(zone);
        Instant to = min(period.end(zone), clock.instant());
        // the day before may close after midnight, into the period
        for (LocalDate day = period.first().minusDays(1); !day.isAfter(period.last()); day = day.plusDays(1)) {
            OpeningHours hours = site.openingHours(day.getDayOfWeek()).orElse(null);
            if (hours == null) {
                continue;
            }
            Instant opens = day.atTime(hours.getOpens()).atZone(zone).toInstant();
            Instant closes = hours.closesAfterMidnight()
                    ? day.plusDays(1).atTime(hours.getCloses()).atZone(zone).toInstant()
                    : day.atTime(hours.getCloses()).atZone(zone).toInstant();
            Instant a = max(opens, from);
            Instant b = min(closes, to);
            while (a.isBefore(b)) {
                LocalDateTime local = LocalDateTime.ofInstant(a, zone);
                Instant hourEnd = local.withMinute(0).withSecond(0).withNano(0).plusHours(1).atZone(zone).toInstant();
                if (!hourEnd.isAfter(a)) {
                    hourEnd = a.plus(Duration.ofHours(1));
                }
                Instant stop = min(hourEnd, b);
                capacity[local.getDayOfWeek().getValue() - 1][local.getHour()]
                        += booths * (double) Duration.between(a, stop).toSeconds();
                a = stop;
            }
        }
    }

    /**
     * Writes the funder's report for the month as CSV (counts under 5 suppressed) and records the
     * export in the access log of each site it covers. Returns the report written.
     */
    @PreAuthorize("hasAnyRole('SUPERVISOR','MANAGER')")
    public MonthlyReport writeMonthlyCsv(Collection<Long> siteIds, YearMonth month, Locale locale, OutputStream out)
            throws IOException {
        MonthlyReport report = monthly(siteIds, month);
        MonthlyReportCsv.write(report, locale, out);
        recordExport(AccessKind.REPORT_CSV, siteIds, month);
        return report;
    }

    /**
     * Writes the funder's report for the month as PDF (counts under 5 suppressed) and records the
     * export in the access log of each site it covers. Returns the report written.
     */
    @PreAuthorize("hasAnyRole('SUPERVISOR','MANAGER')")
    public MonthlyReport writeMonthlyPdf(Collection<Long> siteIds, YearMonth month, Locale locale, OutputStream out)
            throws IOException {
        MonthlyReport report = monthly(siteIds, month);
        MonthlyReportPdf.write(report, locale, out);
        recordExport(AccessKind.REPORT_PDF, siteIds, month);
        return report;
    }

    private void recordExport(AccessKind kind, Collection<Long> siteIds, YearMonth month) {
        Set<Long> ids = new TreeSet<>(siteIds);
        String subject = "month " + month + " sites " + ids;
        ids.forEach(id -> accessLog.record(kind, id, subject));
    }

    private static List<Long> ids(List<SiteInfo> sites) {
        return sites.stream().map(SiteInfo::id).toList();
    }

    private List<SiteInfo> sites(Collection<Long> siteIds) {
        if (siteIds.isEmpty()) {
            throw new IllegalArgumentException("No site chosen");
        }
        return siteIds.stream().distinct().sorted().map(siteService::site).toList();
    }

    private static void add(Map<Figure, Double> v, Figure f, long n) {
        v.merge(f, (double) n, Double::sum);
    }

    private static Long plus(Long a, long b) {
        return a == null ? b : a + b;
    }

    private static Map<String, Long> zeros(List<String> keys) {
        Map<String, Long> m = new LinkedHashMap<>();
        keys.forEach(k -> m.put(k, 0L));
        return m;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}

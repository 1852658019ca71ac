package org.dcrconsole.retention;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.dcrconsole.audit.AccessKind;
import org.dcrconsole.audit.AccessLogService;
import org.dcrconsole.booth.VisitRetentionService;
import org.dcrconsole.handover.HandoverService;
import org.dcrconsole.incident.IncidentRetentionService;
import org.dcrconsole.security.CurrentUser;
import org.dcrconsole.site.SiteInfo;
import org.dcrconsole.site.SiteService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Deletes personal data past the retention the site's settings give (see docs/OPERATIONS.md for
 * the defaults and why): visit details, clients, refusals and queue entries, incidents with their
 * history. The figures of the dashboard and the funder's report for deleted months stay as they
 * were. Each run of a site is written to its access log (kind RETENTION) with what it deleted.
 */
@Service
public class RetentionService {

    private static final Logger log = LoggerFactory.getLogger(RetentionService.class);

    /** What one run deleted at one site, and the limits it used. */
    public record Run(long siteId, LocalDate visitsBefore, LocalDate refusalsBefore, long visits, long refusals,
                      long queueEntries, long clients, long incidents, long handoverEntries) {

        String summary() {
            return "visits before " + visitsBefore + ": " + visits + ", refusals and queue before " + refusalsBefore
                    + ": " + refusals + " + " + queueEntries + ", clients: " + clients + ", incidents: " + incidents
                    + ", handover entries: " + handoverEntries;
        }
    }

    private final VisitRetentionService visits;
    private final IncidentRetentionService incidents;
    private final HandoverService handover;
    private final SiteService siteService;
    private final AccessLogService accessLog;
    private final TransactionTemplate tx;
    private final Clock clock;

    RetentionService(VisitRetentionService visits, IncidentRetentionService incidents, HandoverService handover,
                     SiteService siteService, AccessLogService accessLog, PlatformTransactionManager transactions,
                     Clock clock) {
        this.handover = handover;
        this.visits = visits;
        this.incidents = incidents;
        this.siteService = siteService;
        this.accessLog = accessLog;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /**
     * Deletes what is past its retention at the site, all of it or nothing, and records the run
     * in the site's access log. Visits and refusals go by whole local months.
     */
    @PreAuthorize("hasRole('MANAGER')")
    public Run purgeSite(long siteId) {
        CurrentUser.requireSite(siteId);
        SiteInfo site = siteService.site(siteId);
        ZoneId zone = site.zone();
        SiteInfo.Retention r = site.retention();
        LocalDate today = LocalDate.now(clock.withZone(zone));
        LocalDate visitsBefore = YearMonth.from(today).minusMonths(r.visitMonths()).atDay(1);
        LocalDate refusalsBefore = YearMonth.from(today).minusMonths(r.refusalMonths()).atDay(1);
        Instant clientsIdleSince = today.minusMonths(r.clientMonths()).atStartOfDay(zone).toInstant();
        Instant incidentsBefore = today.minusYears(r.incidentYears()).atStartOfDay(zone).toInstant();
        // the roll-up of the days to delete is completed first, in transactions of its own
        visits.prepare(siteId, visitsBefore);
        Run run = tx.execute(status -> {
            incidents.unlinkVisits(siteId, visitsBefore.atStartOfDay(zone).toInstant());
            VisitRetentionService.Purged p = visits.purge(siteId, visitsBefore, refusalsBefore, clientsIdleSince);
            long deletedIncidents = incidents.purge(siteId, incidentsBefore);
            // the handover log talks about visits and clients: it goes with the visit details
            long deletedHandover = handover.purge(siteId, visitsBefore.atStartOfDay(zone).toInstant());
            return new Run(siteId, visitsBefore, refusalsBefore, p.visits(), p.refusals(), p.queueEntries(),
                    p.clients(), deletedIncidents, deletedHandover);
        });
        accessLog.record(AccessKind.RETENTION, siteId, run.summary());
        return run;
    }

    /**
     * Runs {@link #purgeSite} for every site the caller holds; a site that fails is logged and the
     * others still run.
     */
    @PreAuthorize("hasRole('MANAGER')")
    public List<Run> purgeAll() {
        List<Run> runs = new ArrayList<>();
        for (long siteId : new TreeSet<>(CurrentUser.siteIds())) {
            try {
                Run run = purgeSite(siteId);
                log.info("Retention at site {}: {}", siteId, run.summary());
                runs.add(run);
            } catch (RuntimeException e) {
                log.error("Retention at site {} failed; nothing of that site was deleted", siteId, e);
            }
        }
        return runs;
    }
}

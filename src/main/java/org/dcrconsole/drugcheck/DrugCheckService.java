package org.dcrconsole.drugcheck;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.dcrconsole.base.BusinessException;
import org.dcrconsole.base.validation.PlainTextValidator;
import org.dcrconsole.booth.ActiveAlert;
import org.dcrconsole.booth.ActiveAlertService;
import org.dcrconsole.booth.BoardChange;
import org.dcrconsole.booth.ClientService;
import org.dcrconsole.booth.Substance;
import org.dcrconsole.security.CurrentUser;
import org.dcrconsole.security.Roles;
import org.dcrconsole.site.SiteService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Drug-checking results and the alerts raised from them. Staff (and supervisors) record results;
 * supervisors raise alerts for their site or the whole network and end them; managers read. A
 * raised or ended alert is published as a {@link BoardChange} of kind {@code ALERT} to every site
 * it concerns, so open boards and dashboards show it within a second of the commit. A network
 * alert may be raised by a supervisor of any site and shows at every site; only a supervisor of
 * the site that raised it ends it early.
 */
@Service
public class DrugCheckService implements ActiveAlertService {

    /** The longest an alert may stand before it must be raised again (a stale warning is ignored). */
    public static final int MAX_ALERT_DAYS = 90;
    /** How far back a result may be recorded. */
    public static final int MAX_RESULT_DAYS_BACK = 90;

    private final DrugCheckResultRepository results;
    private final DrugAlertRepository alerts;
    private final ClientService clientService;
    private final SiteService siteService;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DrugCheckService(DrugCheckResultRepository results, DrugAlertRepository alerts, ClientService clientService,
                     SiteService siteService, ApplicationEventPublisher events, Clock clock) {
        this.results = results;
        this.alerts = alerts;
        this.clientService = clientService;
        this.siteService = siteService;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Records a checked sample of the site.
     *
     * @throws BusinessException at the field when something is missing, nothing was found, the
     *                           date lies ahead or more than {@value #MAX_RESULT_DAYS_BACK} days
     *                           back, or the client is not one of the site's
     */
    @PreAuthorize("hasAnyRole('STAFF','SUPERVISOR')")
    @Transactional
    public DrugCheckResult recordResult(long siteId, ResultInput input) {
        CurrentUser.requireSite(siteId);
        if (input.checkedOn() == null) {
            throw new BusinessException("checkedOn", "drugcheck.error.checkedOn");
        }
        LocalDate today = LocalDate.now(clock.withZone(siteService.site(siteId).zone()));
        if (input.checkedOn().isAfter(today)) {
            throw new BusinessException("checkedOn", "drugcheck.error.checkedOnFuture");
        }
        // a result only warns while it is fresh; older ones are history, not news
        if (input.checkedOn().isBefore(today.minusDays(MAX_RESULT_DAYS_BACK))) {
            throw new BusinessException("checkedOn", "drugcheck.error.checkedOnLongAgo", MAX_RESULT_DAYS_BACK);
        }
        if (input.soldAs() == null) {
            throw new BusinessException("soldAs", "drugcheck.error.soldAs");
        }
        if (input.found() == null || input.found().isEmpty()) {
            throw new BusinessException("found", "drugcheck.error.found");
        }
        if (input.method() == null) {
            throw new BusinessException("method", "drugcheck.error.method");
        }
        if (input.clientId() != null) {
            try {
                clientService.get(siteId, input.clientId());
            } catch (BusinessException notHere) {
                throw new BusinessException("client", "drugcheck.error.client");
            }
        }
        return results.save(new DrugCheckResult(siteId, input.checkedOn(), input.soldAs(), input.found(),
                input.method(), input.clientId()));
    }

    /** A page of the site's results, newest first, clients by alias. */
    @PreAuthorize(Roles.FLOOR)
    @Transactional(readOnly = true)
    public Slice<ResultRow> results(long siteId, Pageable pageable) {
        CurrentUser.requireSite(siteId);
        Slice<DrugCheckResult> page = results.findBySiteIdOrderByCheckedOnDescIdDesc(siteId,
                PageRequest.of(pageable.getPageNumber(), pageable.getPageSize()));
        Map<Long, String> aliases = clientService.aliases(siteId,
                page.getContent().stream().map(DrugCheckResult::getClientId).filter(Objects::nonNull).toList());
        return page.map(r -> new ResultRow(r.getId(), r.getCheckedOn(), r.getSoldAs(), r.getFound(), r.getMethod(),
                r.getClientId() == null ? null : aliases.get(r.getClientId())));
    }

    /**
     * Raises an alert from results of the site, for the site or (with {@code network}) every
     * site. The check-in substances it concerns follow from the results: what they were sold as,
     * and opioid or benzodiazepine adulterants found in them.
     *
     * @throws BusinessException at the field when the text is blank, too long or not plain text,
     *                           no result of the site is chosen, or the expiry is not ahead
     */
    @PreAuthorize("hasRole('SUPERVISOR')")
    @Transactional
    public DrugAlert raiseAlert(long siteId, AlertInput input) {
        CurrentUser.requireSite(siteId);
        String text = input.text() == null ? "" : input.text().strip();
        if (text.isEmpty()) {
            throw new BusinessException("text", "drugcheck.error.alertText");
        }
        if (text.length() > DrugAlert.TEXT_MAX) {
            throw new BusinessException("text", "drugcheck.error.alertTextLength", DrugAlert.TEXT_MAX);
        }
        PlainTextValidator.require("text", input.text(), true);
        if (input.severity() == null) {
            throw new BusinessException("severity", "drugcheck.error.severity");
        }
        Instant now = clock.instant();
        if (input.expiresAt() == null || !input.expiresAt().isAfter(now)) {
            throw new BusinessException("expiresAt", "drugcheck.error.expiresAt");
        }
        if (input.expiresAt().isAfter(now.plus(java.time.Duration.ofDays(MAX_ALERT_DAYS)))) {
            throw new BusinessException("expiresAt", "drugcheck.error.expiresAtFar", MAX_ALERT_DAYS);
        }
        Set<Long> ids = input.resultIds() == null ? Set.of() : input.resultIds();
        List<DrugCheckResult> chosen = ids.isEmpty() ? List.of() : results.findBySiteIdAndIdIn(siteId, ids);
        if (chosen.isEmpty() || chosen.size() != ids.size()) {
            throw new BusinessException("results", "drugcheck.error.results");
        }
        EnumSet<Substance> substances = EnumSet.noneOf(Substance.class);
        for (DrugCheckResult r : chosen) {
            substances.add(r.getSoldAs().substance());
            r.getFound().forEach(f -> f.substance().ifPresent(substances::add));
        }
        DrugAlert alert = alerts.save(new DrugAlert(siteId, input.network(), text, input.severity(), substances, now,
                CurrentUser.username(), input.expiresAt(), ids));
        publish(alert);
        return alert;
    }

    /** Ends an alert of the site before it expires; it stays in the list as ended. Supervisors only. */
    @PreAuthorize("hasRole('SUPERVISOR')")
    @Transactional
    public void endAlert(long siteId, long alertId) {
        CurrentUser.requireSite(siteId);
        DrugAlert alert = alerts.findByIdAndSiteId(alertId, siteId)
                .orElseThrow(() -> new BusinessException("error.notFound"));
        if (alert.getEndedAt() == null) {
            alert.end(clock.instant(), CurrentUser.username());
            publish(alert);
        }
    }

    /** A page of the alerts the site saw (its own and the network's), newest first. */
    @PreAuthorize(Roles.FLOOR)
    @Transactional(readOnly = true)
    public Slice<AlertRow> alerts(long siteId, Pageable pageable) {
        CurrentUser.requireSite(siteId);
        Instant now = clock.instant();
        return alerts.findForSite(siteId, PageRequest.of(pageable.getPageNumber(), pageable.getPageSize()))
                .map(a -> new AlertRow(a.getId(), a.getText(), a.getSeverity(), a.isNetwork(),
                        a.getSiteId() == siteId, a.getSubstances(), a.getRaisedAt(), a.getRaisedBy(),
                        a.getExpiresAt(), a.getEndedAt(), a.getEndedBy(), a.getResultIds().size(), a.activeAt(now)));
    }

    /** The site's active alerts, for every board of the site, the wall display's included. */
    @Override
    @PreAuthorize(Roles.BOARD)
    @Transactional(readOnly = true)
    public List<ActiveAlert> active(long siteId) {
        CurrentUser.requireSite(siteId);
        return alerts.findActive(siteId, clock.instant()).stream()
                .map(a -> new ActiveAlert(a.getId(), a.getText(), a.getSeverity(), a.isNetwork(), a.getExpiresAt(),
                        a.getSubstances()))
                .sorted(Comparator.comparing(ActiveAlert::severity).reversed())
                .toList();
    }

    private void publish(DrugAlert alert) {
        List<Long> sites = alert.isNetwork() ? siteService.networkSiteIds() : List.of(alert.getSiteId());
        for (long site : sites) {
            events.publishEvent(new BoardChange(site, BoardChange.Kind.ALERT, null));
        }
    }
}

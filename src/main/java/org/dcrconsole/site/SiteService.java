package org.dcrconsole.site;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dcrconsole.base.BusinessException;
import org.dcrconsole.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Sites and their booths. Everyone signed in reads the sites they hold; ADMIN configures all
 * of them (site settings hold no client data).
 */
@Service
@Validated
public class SiteService {

    private final SiteRepository sites;
    private final BoothRepository booths;
    private final SiteClosureRepository closures;
    private final SiteHoursChangeRepository hoursChanges;

    SiteService(SiteRepository sites, BoothRepository booths, SiteClosureRepository closures,
                SiteHoursChangeRepository hoursChanges) {
        this.sites = sites;
        this.booths = booths;
        this.closures = closures;
        this.hoursChanges = hoursChanges;
    }

    /** The sites the signed-in user holds, by name. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<SiteInfo> mySites() {
        return sites.findByIdInOrderByName(new HashSet<>(CurrentUser.siteIds())).stream().map(SiteInfo::of).toList();
    }

    /** One site the signed-in user holds. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public SiteInfo site(long siteId) {
        CurrentUser.requireSite(siteId);
        return sites.findById(siteId).map(SiteInfo::of).orElseThrow(() -> new BusinessException("error.notFound"));
    }

    /** The booths of a site the signed-in user holds, by label. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<BoothInfo> booths(long siteId) {
        CurrentUser.requireSite(siteId);
        return booths.findBySiteIdOrderByLabel(siteId).stream().map(BoothInfo::of).toList();
    }

    /** One booth, only if it belongs to the given site and the user holds that site. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public BoothInfo booth(long siteId, long boothId) {
        CurrentUser.requireSite(siteId);
        return booths.findByIdAndSiteId(boothId, siteId).map(BoothInfo::of)
                .orElseThrow(() -> new BusinessException("error.notFound"));
    }

    /**
     * The ids of every site of the network, for notices that concern them all (a network-wide
     * drug-checking alert reaches every site's screens); ids only, no site details.
     */
    @PreAuthorize("hasAnyRole('STAFF','SUPERVISOR','MANAGER')")
    @Transactional(readOnly = true)
    public List<Long> networkSiteIds() {
        return sites.findAllByOrderByName().stream().map(Site::getId).toList();
    }

    /**
     * Names of every site of the network by id: stock keepers send transfers to sites they do not
     * hold, so they need the names (and nothing else) of the others.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Map<Long, String> siteDirectory() {
        Map<Long, String> names = new LinkedHashMap<>();
        sites.findAllByOrderByName().forEach(s -> names.put(s.getId(), s.getName()));
        return names;
    }

    // --- administration ---

    /** Every site of the network, for administration. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<Site> allSites() {
        List<Site> all = sites.findAllByOrderByName();
        all.forEach(s -> s.getOpeningHours().size());
        return all;
    }

    /** Every site of the network as read-only snapshots, for the administrator's overview. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<SiteInfo> networkSites() {
        return sites.findAllByOrderByName().stream().map(SiteInfo::of).toList();
    }

    /** The booths of every site of the network, for the administrator's overview. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<BoothInfo> networkBooths() {
        return booths.findAll().stream().map(BoothInfo::of).toList();
    }

    /** Site names by id, for showing which sites a user holds. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public Map<Long, String> siteNames() {
        Map<Long, String> names = new LinkedHashMap<>();
        sites.findAllByOrderByName().forEach(s -> names.put(s.getId(), s.getName()));
        return names;
    }

    /** One site with its opening hours, ready for an edit form. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public Site getForEdit(long siteId) {
        Site site = sites.findById(siteId).orElseThrow(() -> new BusinessException("error.notFound"));
        site.getOpeningHours().size();
        return site;
    }

    /**
     * Creates or updates a site. A stale copy fails with an optimistic locking exception and
     * nothing is written.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public Site saveSite(@Valid Site site) {
        try {
            ZoneId.of(site.getTimeZone());
        } catch (RuntimeException e) {
            throw new BusinessException("timeZone", "site.error.timeZone", site.getTimeZone());
        }
        boolean taken = site.isNew() ? sites.existsByNameIgnoreCase(site.getName())
                : sites.existsByNameIgnoreCaseAndIdNot(site.getName(), site.getId());
        if (taken) {
            throw new BusinessException("name", "site.error.nameTaken", site.getName());
        }
        return sites.saveAndFlush(site);
    }

    /** The booths of any site, for administration. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<Booth> boothsForEdit(long siteId) {
        return booths.findBySiteIdOrderByLabel(siteId);
    }

    /** Creates or updates a booth; labels are unique within a site. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public Booth saveBooth(@Valid Booth booth) {
        if (booth.getSiteId() == null || !sites.existsById(booth.getSiteId())) {
            throw new BusinessException("site", "error.notFound");
        }
        boolean taken = booth.isNew()
                ? booths.existsBySiteIdAndLabelIgnoreCase(booth.getSiteId(), booth.getLabel())
                : booths.existsBySiteIdAndLabelIgnoreCaseAndIdNot(booth.getSiteId(), booth.getLabel(), booth.getId());
        if (taken) {
            throw new BusinessException("label", "booth.error.labelTaken", booth.getLabel());
        }
        return booths.saveAndFlush(booth);
    }

    // --- the plan the stock forecast reads ---

    /**
     * Per local day from..to (both included) the hours the site is open by its weekly hours (or
     * by the latest dated change of hours in effect that day), the booths in service now, and
     * planned closures applied (a closed day has no open hours). The
     * stock forecast scales expected visits by it, so the roles that read stock read it.
     */
    @PreAuthorize("hasAnyRole('STOCK_KEEPER','MANAGER')")
    @Transactional(readOnly = true)
    public List<OpeningDay> openingPlan(long siteId, LocalDate from, LocalDate to) {
        CurrentUser.requireSite(siteId);
        Site site = sites.findById(siteId).orElseThrow(() -> new BusinessException("error.notFound"));
        int inService = (int) booths.findBySiteIdOrderByLabel(siteId).stream().filter(Booth::isInService).count();
        List<SiteClosure> closed = closures.within(siteId, from, to);
        List<SiteHoursChange> changes = hoursChanges
                .findBySiteIdAndEffectiveFromLessThanEqualOrderByEffectiveFrom(siteId, to);
        List<OpeningDay> plan = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            LocalDate d = day;
            SiteClosure closure = closed.stream().filter(c -> c.covers(d)).findFirst().orElse(null);
            SiteHoursChange change = null;
            for (SiteHoursChange c : changes) {
                if (!c.getEffectiveFrom().isAfter(day)) {
                    change = c;
                }
            }
            var weekly = change == null ? site.openingHours(day.getDayOfWeek()) : change.hours(day.getDayOfWeek());
            double hours = closure != null ? 0 : weekly.map(h -> h.length().toMinutes() / 60.0).orElse(0.0);
            plan.add(new OpeningDay(day, hours, inService, closure == null ? null : closure.getReason()));
        }
        return plan;
    }

    // --- planned closures (administration) ---

    /** The planned closures of a site, earliest first. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<SiteClosure> closures(long siteId) {
        return closures.findBySiteIdOrderByFirstDay(siteId);
    }

    /**
     * Creates or updates a planned closure. The last day may not be before the first, and the
     * closures of one site do not overlap.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public SiteClosure saveClosure(@Valid SiteClosure closure) {
        if (!sites.existsById(closure.getSiteId())) {
            throw new BusinessException("site", "error.notFound");
        }
        LocalDate first = closure.getFirstDay();
        LocalDate last = closure.getLastDay();
        if (first == null) {
            throw new BusinessException("firstDay", "validation.required");
        }
        if (last == null) {
            throw new BusinessException("lastDay", "validation.required");
        }
        if (last.isBefore(first)) {
            throw new BusinessException("lastDay", "site.closure.error.endBeforeStart");
        }
        if (closures.overlaps(closure.getSiteId(), first, last, closure.isNew() ? -1 : closure.getId())) {
            throw new BusinessException("firstDay", "site.closure.error.overlap");
        }
        return closures.saveAndFlush(closure);
    }

    /** Removes a planned closure of a site. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void deleteClosure(long siteId, long closureId) {
        closures.delete(closures.findByIdAndSiteId(closureId, siteId)
                .orElseThrow(() -> new BusinessException("error.notFound")));
    }

    // --- dated opening-hour changes (administration) ---

    /** The dated changes of a site's opening hours, earliest first. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<SiteHoursChange> hoursChanges(long siteId) {
        return hoursChanges.findBySiteIdOrderByEffectiveFrom(siteId);
    }

    /** Creates or updates a dated change of opening hours; one change per site and day. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public SiteHoursChange saveHoursChange(@Valid SiteHoursChange change) {
        if (!sites.existsById(change.getSiteId())) {
            throw new BusinessException("site", "error.notFound");
        }
        LocalDate from = change.getEffectiveFrom();
        if (from == null) {
            throw new BusinessException("effectiveFrom", "validation.required");
        }
        for (OpeningHours h : change.getHours()) {
            if (h.getOpens().equals(h.getCloses())) {
                throw new BusinessException(h.getDayOfWeek().name(), "site.error.sameTimes");
            }
        }
        boolean taken = change.isNew() ? hoursChanges.existsBySiteIdAndEffectiveFrom(change.getSiteId(), from)
                : hoursChanges.existsBySiteIdAndEffectiveFromAndIdNot(change.getSiteId(), from, change.getId());
        if (taken) {
            throw new BusinessException("effectiveFrom", "site.hoursChange.error.taken");
        }
        return hoursChanges.saveAndFlush(change);
    }

    /** Removes a dated change of a site's opening hours. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void deleteHoursChange(long siteId, long changeId) {
        hoursChanges.delete(hoursChanges.findByIdAndSiteId(changeId, siteId)
                .orElseThrow(() -> new BusinessException("error.notFound")));
    }
}

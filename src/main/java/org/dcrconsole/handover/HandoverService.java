package org.dcrconsole.handover;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.dcrconsole.base.BusinessException;
import org.dcrconsole.base.validation.PlainTextValidator;
import org.dcrconsole.booth.BoardChange;
import org.dcrconsole.booth.ClientService;
import org.dcrconsole.incident.IncidentService;
import org.dcrconsole.security.CurrentUser;
import org.dcrconsole.security.Roles;
import org.dcrconsole.site.BoothInfo;
import org.dcrconsole.site.SiteService;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The handover log of a site: the floor (staff, supervisors, managers) writes entries and marks
 * open items done; the wall display reads the pinned open items and the latest entries. Every
 * change reaches the open boards as a {@link BoardChange.Kind#HANDOVER}.
 */
@Service
@PreAuthorize(Roles.FLOOR)
public class HandoverService {

    /** How many pinned items and latest entries the board's panel asks for at most. */
    public static final int PANEL_MAX = 20;
    private static final Instant EARLIEST = Instant.EPOCH;
    private static final Instant LATEST = Instant.parse("3000-01-01T00:00:00Z");

    private final HandoverRepository entries;
    private final SiteService siteService;
    private final ClientService clientService;
    private final IncidentService incidentService;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    HandoverService(HandoverRepository entries, SiteService siteService, ClientService clientService,
                    IncidentService incidentService, ApplicationEventPublisher events, Clock clock) {
        this.entries = entries;
        this.siteService = siteService;
        this.clientService = clientService;
        this.incidentService = incidentService;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Writes an entry. The booth, client and incident, when given, must belong to the site; the
     * text is required, plain and at most {@link HandoverEntry#BODY_MAX} characters. Whether it
     * names a person is only a warning for the form ({@code DescriptionCheck}), never a refusal.
     *
     * @throws BusinessException at the field that is wrong; nothing is written then
     */
    @PreAuthorize(Roles.FLOOR)
    @Transactional
    public HandoverRow write(long siteId, HandoverDraft draft) {
        CurrentUser.requireSite(siteId);
        String body = draft.body() == null ? "" : draft.body().strip();
        if (body.isEmpty()) {
            throw new BusinessException("body", "handover.error.bodyRequired");
        }
        if (body.length() > HandoverEntry.BODY_MAX) {
            throw new BusinessException("body", "handover.error.bodyTooLong", HandoverEntry.BODY_MAX);
        }
        PlainTextValidator.require("body", body, true);
        String boothLabel = null;
        if (draft.boothId() != null) {
            boothLabel = siteService.booths(siteId).stream().filter(b -> b.id() == draft.boothId())
                    .map(BoothInfo::label).findFirst()
                    .orElseThrow(() -> new BusinessException("booth", "handover.error.boothNotHere"));
        }
        String alias = null;
        if (draft.clientId() != null) {
            try {
                alias = clientService.get(siteId, draft.clientId()).alias();
            } catch (BusinessException notHere) {
                throw new BusinessException("client", "handover.error.clientNotHere");
            }
        }
        if (draft.incidentId() != null) {
            try {
                incidentService.get(siteId, draft.incidentId());
            } catch (BusinessException notHere) {
                throw new BusinessException("incident", "handover.error.incidentNotHere");
            }
        }
        HandoverEntry entry = new HandoverEntry(siteId, body, draft.openItem(), clock.instant(),
                CurrentUser.require().displayName());
        entry.about(draft.boothId(), boothLabel, draft.clientId(), alias, draft.incidentId());
        entry = entries.saveAndFlush(entry);
        events.publishEvent(new BoardChange(siteId, BoardChange.Kind.HANDOVER, null));
        return HandoverRow.of(entry);
    }

    /**
     * Marks an open item done, with who and when; it is then no longer pinned.
     *
     * @throws BusinessException when the entry is not an open item of the site or is done already
     */
    @PreAuthorize(Roles.FLOOR)
    @Transactional
    public HandoverRow markDone(long siteId, long entryId) {
        CurrentUser.requireSite(siteId);
        HandoverEntry entry = entries.findByIdAndSiteId(entryId, siteId)
                .orElseThrow(() -> new BusinessException("error.notFound"));
        if (!entry.isOpenItem()) {
            throw new BusinessException("handover.error.notAnOpenItem");
        }
        if (entry.getDoneAt() != null) {
            throw new BusinessException(null, "handover.error.doneAlready", entry.getDoneBy());
        }
        entry.markDone(clock.instant(), CurrentUser.require().displayName());
        events.publishEvent(new BoardChange(siteId, BoardChange.Kind.HANDOVER, null));
        return HandoverRow.of(entry);
    }

    /**
     * What the board's and the dashboard's panel show: the pinned open items (at most
     * {@code limit}, newest first), how many there are in all, and the latest entries.
     */
    @PreAuthorize(Roles.BOARD)
    @Transactional(readOnly = true)
    public HandoverPanelData panel(long siteId, int limit, int latest) {
        CurrentUser.requireSite(siteId);
        int pinnedLimit = Math.clamp(limit, 1, PANEL_MAX);
        List<HandoverRow> pinned = entries.findPinned(siteId, PageRequest.of(0, pinnedLimit)).stream()
                .map(HandoverRow::of).toList();
        long pinnedCount = pinned.size() < pinnedLimit ? pinned.size() : entries.countPinned(siteId);
        List<HandoverRow> recent = entries.search(siteId, EARLIEST, LATEST, false, "%",
                        PageRequest.of(0, Math.clamp(latest, 1, PANEL_MAX), newestFirst()))
                .stream().map(HandoverRow::of).filter(r -> !r.pinned()).toList();
        return new HandoverPanelData(pinned, pinnedCount, recent);
    }

    /** A page of the log, newest first, narrowed by the filter; paged in the database. */
    @PreAuthorize(Roles.FLOOR)
    @Transactional(readOnly = true)
    public Slice<HandoverRow> search(long siteId, HandoverFilter filter, Pageable pageable) {
        CurrentUser.requireSite(siteId);
        ZoneId zone = siteService.site(siteId).zone();
        Instant from = filter.from() == null ? EARLIEST : filter.from().atStartOfDay(zone).toInstant();
        Instant to = filter.to() == null ? LATEST : filter.to().plusDays(1).atStartOfDay(zone).toInstant();
        Pageable page = PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), newestFirst());
        return entries.search(siteId, from, to, filter.openOnly(), pattern(filter.text()), page).map(HandoverRow::of);
    }

    private static Sort newestFirst() {
        return Sort.by(Sort.Order.desc(HandoverEntry.SORT_WRITTEN), Sort.Order.desc("id"));
    }

    /** A LIKE pattern for the words typed, with LIKE's own characters taken literally. */
    private static String pattern(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return "%";
        }
        String escaped = text.strip().toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }

    /**
     * Deletes the site's entries written before {@code before}: the retention job's part of the
     * handover log, which names booths, clients' aliases and what happened with them, so it is kept
     * no longer than the visit details it talks about.
     *
     * @return how many entries were deleted
     */
    @PreAuthorize("hasRole('MANAGER')")
    @Transactional
    public long purge(long siteId, Instant before) {
        CurrentUser.requireSite(siteId);
        return entries.deleteWrittenBefore(siteId, before);
    }
}

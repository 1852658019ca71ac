package org.dcrconsole.booth;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dcrconsole.audit.AccessKind;
import org.dcrconsole.audit.AccessLogService;
import org.dcrconsole.base.BusinessException;
import org.dcrconsole.base.validation.PlainTextValidator;
import org.dcrconsole.security.CurrentUser;
import org.dcrconsole.security.Roles;
import org.dcrconsole.site.SiteInfo;
import org.dcrconsole.site.SiteService;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The client register of a site: find a client by code or alias, confirm eligibility, and house
 * bans (set and lifted by supervisors only). Clients are created at their first check-in.
 */
@Service
@PreAuthorize(Roles.FLOOR)
public class ClientService {

    private final ClientRepository clients;
    private final VisitRepository visits;
    private final ClientRegister register;
    private final SiteService siteService;
    private final Clock clock;
    private final AccessLogService accessLog;

    ClientService(ClientRepository clients, VisitRepository visits, ClientRegister register, SiteService siteService,
                  Clock clock, AccessLogService accessLog) {
        this.accessLog = accessLog;
        this.clients = clients;
        this.visits = visits;
        this.register = register;
        this.siteService = siteService;
        this.clock = clock;
    }

    /**
     * A page of clients. The search is a full client code (finds that one client) or the start of
     * an alias; blank lists all, by alias. The first page of each search is recorded in the access
     * log with the aliases it showed (never the typed text, which may hold a code).
     */
    @PreAuthorize(Roles.FLOOR)
    @Transactional(readOnly = true)
    public Slice<ClientRow> list(long siteId, @Nullable String search, Pageable pageable) {
        CurrentUser.requireSite(siteId);
        Pageable page = pageable.getSort().isSorted() ? pageable
                : PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), Sort.by(Client.SORT_ALIAS));
        Slice<Client> found;
        AccessKind kind = AccessKind.CLIENT_SEARCH;
        String subject;
        if (search == null || search.isBlank()) {
            found = clients.findBySiteId(siteId, page);
            kind = AccessKind.CLIENT_LIST;
            subject = "";
        } else {
            Optional<Client> byCode = byCode(siteId, search);
            if (byCode.isPresent() || looksLikeCode(search)) {
                List<Client> one = byCode.stream().filter(c -> pageable.getPageNumber() == 0).toList();
                found = new SliceImpl<>(one, page, false);
                subject = "code -> " + byCode.map(c -> c.getAlias() + " #" + c.getId()).orElse("no client");
            } else {
                String prefix = ClientCodes.normaliseAlias(search);
                found = clients.findBySiteIdAndAliasStartingWith(siteId, prefix, page);
                // the aliases shown, not the typed text: a search box may hold a fragment of a code or a name
                subject = "alias search -> " + found.getContent().stream().map(Client::getAlias)
                        .collect(java.util.stream.Collectors.joining(" "));
            }
        }
        Slice<ClientRow> rows = withStats(siteId, found);
        // a lazy grid asks for further pages as one scrolls: one entry per search, not per page
        if (pageable.getOffset() == 0) {
            accessLog.record(kind, siteId, subject);
        }
        return rows;
    }

    /** One client of the site, by id; recorded in the access log. */
    @PreAuthorize(Roles.FLOOR)
    @Transactional(readOnly = true)
    public ClientRow get(long siteId, long clientId) {
        CurrentUser.requireSite(siteId);
        Client c = clients.findByIdAndSiteId(clientId, siteId).orElseThrow(() -> new BusinessException("error.notFound"));
        ClientRow row = withStats(siteId, new SliceImpl<>(List.of(c))).getContent().getFirst();
        accessLog.record(AccessKind.CLIENT_OPENED, siteId, c.getAlias() + " #" + c.getId());
        return row;
    }

    /**
     * Aliases of the site's clients starting with {@code prefix} (all when blank), in alias order:
     * the picker that names a client on an incident report. Aliases only, no visit data, so every
     * role that reports incidents may use it.
     */
    @PreAuthorize(Roles.CLIENT_DATA)
    @Transactional(readOnly = true)
    public List<String> aliases(long siteId, @Nullable String prefix, Pageable pageable) {
        CurrentUser.requireSite(siteId);
        Pageable page = PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), Sort.by(Client.SORT_ALIAS));
        Slice<Client> found = prefix == null || prefix.isBlank() ? clients.findBySiteId(siteId, page)
                : clients.findBySiteIdAndAliasStartingWith(siteId, ClientCodes.normaliseAlias(prefix), page);
        return found.map(Client::getAlias).getContent();
    }

    /** Whether the site's client register holds this alias. */
    @PreAuthorize(Roles.CLIENT_DATA)
    @Transactional(readOnly = true)
    public boolean aliasExists(long siteId, String alias) {
        CurrentUser.requireSite(siteId);
        return alias != null && clients.existsBySiteIdAndAlias(siteId, alias.strip());
    }

    /** Records whether staff confirmed the admission criteria (adult, not a first-time user). */
    @PreAuthorize(Roles.FLOOR)
    @Transactional
    public void setEligibility(long siteId, long clientId, boolean confirmed) {
        CurrentUser.requireSite(siteId);
        load(siteId, clientId).setEligibilityConfirmed(confirmed);
    }

    /**
     * Sets a house ban up to and including {@code until}. Supervisors only.
     *
     * @throws BusinessException when the reason is blank or too long, or the end date has passed
     */
    @PreAuthorize("hasRole('SUPERVISOR')")
    @Transactional
    public void ban(long siteId, long clientId, String reason, LocalDate until) {
        CurrentUser.requireSite(siteId);
        SiteInfo site = siteService.site(siteId);
        if (reason == null || reason.isBlank()) {
            throw new BusinessException("banReason", "client.error.banReason");
        }
        if (reason.strip().length() > Client.BAN_REASON_MAX) {
            throw new BusinessException("banReason", "client.error.banReasonLength", Client.BAN_REASON_MAX);
        }
        PlainTextValidator.require("banReason", reason, false);
        if (until == null || until.isBefore(LocalDate.now(clock.withZone(site.zone())))) {
            throw new BusinessException("bannedUntil", "client.error.banUntil");
        }
        load(siteId, clientId).ban(reason.strip(), until);
    }

    /** Lifts a house ban. Supervisors only. */
    @PreAuthorize("hasRole('SUPERVISOR')")
    @Transactional
    public void liftBan(long siteId, long clientId) {
        CurrentUser.requireSite(siteId);
        load(siteId, clientId).liftBan();
    }

    private Client load(long siteId, long clientId) {
        return clients.findByIdAndSiteId(clientId, siteId).orElseThrow(() -> new BusinessException("error.notFound"));
    }

    private Optional<Client> byCode(long siteId, String search) {
        try {
            SiteInfo site = siteService.site(siteId);
            return register.find(siteId, register.parse(search, site.zone()));
        } catch (BusinessException notACode) {
            return Optional.empty();
        }
    }

    private static boolean looksLikeCode(String search) {
        return search.replaceAll("[^0-9]", "").length() >= 4;
    }

    private Slice<ClientRow> withStats(long siteId, Slice<Client> page) {
        List<Long> ids = page.getContent().stream().map(Client::getId).toList();
        Map<Long, Object[]> stats = new HashMap<>();
        if (!ids.isEmpty()) {
            visits.visitStats(ids).forEach(row -> stats.put((Long) row[0], row));
        }
        return page.map(c -> {
            Object[] s = stats.get(c.getId());
            return new ClientRow(c.getId(), c.getAlias(), c.getSex(), c.getBirthYear(), c.getFirstVisitAt(),
                    c.isEligibilityConfirmed(), c.getBanReason(), c.getBannedUntil(),
                    s == null ? 0 : ((Number) s[1]).longValue(), s == null ? null : (Instant) s[2]);
        });
    }
}

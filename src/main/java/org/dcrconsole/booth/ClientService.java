package org.dcrconsole.booth;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
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

    /** Limits of the ban reason and the flag text, for the forms of other features. */
    public static final int BAN_REASON_MAX = ClientBan.REASON_MAX;
    public static final int FLAG_TEXT_MAX = ClientFlag.TEXT_MAX;

    private final ClientRepository clients;
    private final VisitRepository visits;
    private final ClientRegister register;
    private final ClientBanRepository bans;
    private final ClientFlagRepository flags;
    private final AdmissionRefusalRepository refusals;
    private final SiteService siteService;
    private final Clock clock;
    private final AccessLogService accessLog;

    ClientService(ClientRepository clients, VisitRepository visits, ClientRegister register, ClientBanRepository bans,
                  ClientFlagRepository flags, AdmissionRefusalRepository refusals, SiteService siteService,
                  Clock clock, AccessLogService accessLog) {
        this.accessLog = accessLog;
        this.clients = clients;
        this.visits = visits;
        this.register = register;
        this.bans = bans;
        this.flags = flags;
        this.refusals = refusals;
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

    /** The aliases of the given clients of the site (unknown or another site's ids are left out). */
    @PreAuthorize(Roles.FLOOR)
    @Transactional(readOnly = true)
    public Map<Long, String> aliases(long siteId, Collection<Long> clientIds) {
        CurrentUser.requireSite(siteId);
        Map<Long, String> aliases = new HashMap<>();
        if (!clientIds.isEmpty()) {
            clients.findBySiteIdAndIdIn(siteId, clientIds).forEach(c -> aliases.put(c.getId(), c.getAlias()));
        }
        return aliases;
    }

    /** Records whether staff confirmed the admission criteria (adult, not a first-time user). */
    @PreAuthorize(Roles.FLOOR)
    @Transactional
    public void setEligibility(long siteId, long clientId, boolean confirmed) {
        CurrentUser.requireSite(siteId);
        load(siteId, clientId).setEligibilityConfirmed(confirmed);
    }

    /**
     * Sets a house ban at this site up to and including {@code until}. Supervisors only.
     *
     * @throws BusinessException when the reason is blank or too long, or the end date has passed
     */
    @PreAuthorize("hasRole('SUPERVISOR')")
    @Transactional
    public void ban(long siteId, long clientId, String reason, LocalDate until) {
        ban(siteId, clientId, reason, until, false);
    }

    /**
     * Sets a house ban up to and including {@code until}, at this site or, with {@code network},
     * at every site of the network (the same code is refused everywhere, even where it was never
     * seen). Supervisors of the client's site only. The ban is kept in the client's history; a
     * ban this site set before is lifted by it (and kept too).
     *
     * @throws BusinessException when the reason is blank or too long, or the end date has passed
     */
    @PreAuthorize("hasRole('SUPERVISOR')")
    @Transactional
    public void ban(long siteId, long clientId, String reason, LocalDate until, boolean network) {
        CurrentUser.requireSite(siteId);
        SiteInfo site = siteService.site(siteId);
        if (reason == null || reason.isBlank()) {
            throw new BusinessException("banReason", "client.error.banReason");
        }
        if (reason.strip().length() > ClientBan.REASON_MAX) {
            throw new BusinessException("banReason", "client.error.banReasonLength", ClientBan.REASON_MAX);
        }
        PlainTextValidator.require("banReason", reason, false);
        if (until == null || until.isBefore(LocalDate.now(clock.withZone(site.zone())))) {
            throw new BusinessException("bannedUntil", "client.error.banUntil");
        }
        Client client = load(siteId, clientId);
        Instant now = clock.instant();
        // a new ban replaces what this site set before; the replaced one stays in the history as lifted
        liftOwn(siteId, client, LocalDate.now(clock.withZone(site.zone())), now);
        bans.save(new ClientBan(client, network, reason.strip(), until, now, CurrentUser.username()));
    }

    /**
     * Lifts the bans this site set on the client; they stay in the history with who lifted them
     * and when. A network ban set by another site is lifted only there. Supervisors only.
     */
    @PreAuthorize("hasRole('SUPERVISOR')")
    @Transactional
    public void liftBan(long siteId, long clientId) {
        CurrentUser.requireSite(siteId);
        Client client = load(siteId, clientId);
        liftOwn(siteId, client, LocalDate.now(clock.withZone(siteService.site(siteId).zone())), clock.instant());
    }

    private void liftOwn(long siteId, Client client, LocalDate today, Instant now) {
        bans.findHolding(client.getId(), client.getCodeHash(), today).stream()
                .filter(b -> b.getSiteId().equals(siteId))
                .forEach(b -> b.lift(now, CurrentUser.username()));
    }

    /** Every ban of the client, newest first, with network bans other sites set on the same code. */
    @PreAuthorize(Roles.FLOOR)
    @Transactional(readOnly = true)
    public List<ClientBanEntry> banHistory(long siteId, long clientId) {
        CurrentUser.requireSite(siteId);
        Client client = load(siteId, clientId);
        return bans.findHistory(client.getId(), client.getCodeHash()).stream()
                .map(b -> new ClientBanEntry(b.getId(), b.isNetwork(), !b.getSiteId().equals(siteId), b.getReason(),
                        b.getBannedUntil(), b.getBannedAt(), b.getBannedBy(), b.getLiftedAt(), b.getLiftedBy()))
                .toList();
    }

    /**
     * Sets a safety flag that shows at every check-in of the client until removed. The caller
     * warns about names first (a warning, not a refusal). Supervisors only.
     *
     * @throws BusinessException on field {@code flagText} when the text is blank, too long or not plain text
     */
    @PreAuthorize("hasRole('SUPERVISOR')")
    @Transactional
    public void addFlag(long siteId, long clientId, String text) {
        CurrentUser.requireSite(siteId);
        if (text == null || text.isBlank()) {
            throw new BusinessException("flagText", "client.error.flagText");
        }
        if (text.strip().length() > ClientFlag.TEXT_MAX) {
            throw new BusinessException("flagText", "client.error.flagTextLength", ClientFlag.TEXT_MAX);
        }
        PlainTextValidator.require("flagText", text, false);
        Client client = load(siteId, clientId);
        flags.save(new ClientFlag(siteId, client.getId(), text.strip(), clock.instant(), CurrentUser.username()));
    }

    /** Removes a safety flag; it stays in the list as removed. Supervisors only. */
    @PreAuthorize("hasRole('SUPERVISOR')")
    @Transactional
    public void removeFlag(long siteId, long flagId) {
        CurrentUser.requireSite(siteId);
        ClientFlag flag = flags.findByIdAndSiteId(flagId, siteId)
                .orElseThrow(() -> new BusinessException("error.notFound"));
        if (flag.getRemovedAt() == null) {
            flag.remove(clock.instant(), CurrentUser.username());
        }
    }

    /** The client's safety flags, newest first, removed ones included. */
    @PreAuthorize(Roles.FLOOR)
    @Transactional(readOnly = true)
    public List<ClientFlagEntry> flags(long siteId, long clientId) {
        CurrentUser.requireSite(siteId);
        Client client = load(siteId, clientId);
        return flags.findByClientIdOrderBySetAtDescIdDesc(client.getId()).stream()
                .map(f -> new ClientFlagEntry(f.getId(), f.getText(), f.getSetAt(), f.getSetBy(), f.getRemovedAt(),
                        f.getRemovedBy()))
                .toList();
    }

    /** A page of the client's visits, newest first, paged in the database. */
    @PreAuthorize(Roles.FLOOR)
    @Transactional(readOnly = true)
    public Slice<ClientVisit> visits(long siteId, long clientId, Pageable pageable) {
        CurrentUser.requireSite(siteId);
        Client client = load(siteId, clientId);
        Map<Long, String> labels = new HashMap<>();
        siteService.booths(siteId).forEach(b -> labels.put(b.id(), b.label()));
        Pageable page = PageRequest.of(pageable.getPageNumber(), pageable.getPageSize());
        return visits.findByClientIdOrderByStartedAtDescIdDesc(client.getId(), page)
                .map(v -> new ClientVisit(v.getId(), v.getStartedAt(), v.getEndedAt(),
                        labels.getOrDefault(v.getBoothId(), "?"), v.getSubstances(), v.getRoute()));
    }

    /** A page of the admissions refused to the client, newest first. */
    @PreAuthorize(Roles.FLOOR)
    @Transactional(readOnly = true)
    public Slice<ClientRefusal> refusals(long siteId, long clientId, Pageable pageable) {
        CurrentUser.requireSite(siteId);
        Client client = load(siteId, clientId);
        Pageable page = PageRequest.of(pageable.getPageNumber(), pageable.getPageSize());
        return refusals.findByClientIdOrderByRefusedAtDescIdDesc(client.getId(), page)
                .map(r -> new ClientRefusal(r.getId(), r.getRefusedAt(), r.getReason()));
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
        Map<Long, ClientBan> banOf = new HashMap<>();
        if (!ids.isEmpty()) {
            visits.visitStats(ids).forEach(row -> stats.put((Long) row[0], row));
            LocalDate today = LocalDate.now(clock.withZone(siteService.site(siteId).zone()));
            Map<String, Long> byHash = new HashMap<>();
            page.getContent().forEach(c -> byHash.put(c.getCodeHash(), c.getId()));
            for (ClientBan b : bans.findHoldingForClients(ids, byHash.keySet(), today)) {
                Long clientId = ids.contains(b.getClientId()) ? b.getClientId() : byHash.get(b.getCodeHash());
                banOf.merge(clientId, b, (x, y) -> x.getBannedUntil().isAfter(y.getBannedUntil()) ? x : y);
            }
        }
        return page.map(c -> {
            Object[] s = stats.get(c.getId());
            ClientBan ban = banOf.get(c.getId());
            return new ClientRow(c.getId(), c.getAlias(), c.getSex(), c.getBirthYear(), c.getFirstVisitAt(),
                    c.isEligibilityConfirmed(), ban == null ? null : ban.getReason(),
                    ban == null ? null : ban.getBannedUntil(),
                    s == null ? 0 : ((Number) s[1]).longValue(), s == null ? null : (Instant) s[2]);
        });
    }
}

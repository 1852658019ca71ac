package org.dcrconsole.stock;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.dcrconsole.base.BusinessException;
import org.dcrconsole.base.validation.PlainTextValidator;
import org.dcrconsole.security.CurrentUser;
import org.dcrconsole.site.SiteInfo;
import org.dcrconsole.site.SiteService;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Items, suppliers, lots and the ledger of a site. Stock keepers record; managers read. Every
 * quantity shown is the sum of the append-only ledger (kept as a balance in the same
 * transaction); a movement that would take stock below zero is refused and writes nothing.
 */
@Service
@Validated
public class StockService {

    /** Who may read stock: stock keepers and managers. */
    public static final String READ = "hasAnyRole('STOCK_KEEPER','MANAGER')";
    /** Who may change stock: stock keepers only. */
    public static final String WRITE = "hasRole('STOCK_KEEPER')";
    /** Who may read the dashboard figures of stock. */
    public static final String DASHBOARD = "hasAnyRole('STOCK_KEEPER','MANAGER','SUPERVISOR')";

    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);
    private static final EnumSet<PurchaseOrderStatus> OPEN = EnumSet.of(PurchaseOrderStatus.ORDERED,
            PurchaseOrderStatus.PARTLY_RECEIVED);

    private final ItemRepository items;
    private final SupplierRepository suppliers;
    private final LotRepository lots;
    private final StockBalanceRepository balances;
    private final StockMovementRepository movements;
    private final StockCountRepository counts;
    private final PurchaseOrderRepository orders;
    private final Ledger ledger;
    private final Consumption consumption;
    private final SiteService siteService;
    private final Clock clock;
    private final StockDiscrepancyRepository discrepancies;

    StockService(ItemRepository items, SupplierRepository suppliers, LotRepository lots, StockBalanceRepository balances,
                 StockMovementRepository movements, StockCountRepository counts, PurchaseOrderRepository orders,
                 Ledger ledger, Consumption consumption, SiteService siteService, Clock clock,
                 StockDiscrepancyRepository discrepancies) {
        this.discrepancies = discrepancies;
        this.items = items;
        this.suppliers = suppliers;
        this.lots = lots;
        this.balances = balances;
        this.movements = movements;
        this.counts = counts;
        this.orders = orders;
        this.ledger = ledger;
        this.consumption = consumption;
        this.siteService = siteService;
        this.clock = clock;
    }

    // --- reading ---

    /** A shortfall the floor handed out beyond the ledger, open until the item is counted. */
    public record Discrepancy(long id, long itemId, String itemName, int quantity, Instant occurredAt, String recordedBy) {
    }

    /** Open stock discrepancies of the site, by item, oldest first. */
    @PreAuthorize(READ)
    @Transactional(readOnly = true)
    public List<Discrepancy> openDiscrepancies(long siteId) {
        CurrentUser.requireSite(siteId);
        List<StockDiscrepancy> open = discrepancies.findBySiteIdAndResolvedAtIsNullOrderByItemIdAscOccurredAtAsc(siteId);
        Map<Long, String> names = new HashMap<>();
        if (!open.isEmpty()) {
            items.findAllById(open.stream().map(StockDiscrepancy::getItemId).distinct().toList())
                    .forEach(i -> names.put(i.getId(), i.getName()));
        }
        return open.stream().map(d -> new Discrepancy(d.getId(), d.getItemId(), names.getOrDefault(d.getItemId(), "?"),
                d.getQuantity(), d.getOccurredAt(), d.getRecordedBy())).toList();
    }

    /** Every item of the site with on hand, on order, days of cover and status, by name, filtered. */
    @PreAuthorize(READ)
    @Transactional(readOnly = true)
    public List<ItemStock> stockList(long siteId, StockFilter filter) {
        CurrentUser.requireSite(siteId);
        return stock(siteService.site(siteId)).stream().filter(filter::matches).toList();
    }

    /** The items of a site, by name (for pickers and forms). */
    @PreAuthorize(READ)
    @Transactional(readOnly = true)
    public List<Item> items(long siteId) {
        CurrentUser.requireSite(siteId);
        return items.findBySiteIdOrderByName(siteId);
    }

    /** One item of the site. */
    @PreAuthorize(READ)
    @Transactional(readOnly = true)
    public Item item(long siteId, long itemId) {
        CurrentUser.requireSite(siteId);
        return items.findByIdAndSiteId(itemId, siteId).orElseThrow(() -> new BusinessException("error.notFound"));
    }

    /** What is on hand of an item, lot by lot, earliest expiry first. */
    @PreAuthorize(READ)
    @Transactional(readOnly = true)
    public List<LotStock> lots(long siteId, long itemId) {
        CurrentUser.requireSite(siteId);
        Item item = items.findByIdAndSiteId(itemId, siteId).orElseThrow(() -> new BusinessException("error.notFound"));
        SiteInfo site = siteService.site(siteId);
        List<StockBalance> rows = balances.findByItemIdOrderById(itemId).stream().filter(b -> b.getQuantity() > 0).toList();
        return lotStock(site, Map.of(itemId, item), rows);
    }

    /** The ledger of an item, a page at a time (newest first unless the page says otherwise). */
    @PreAuthorize(READ)
    @Transactional(readOnly = true)
    public Slice<StockMovement> movements(long siteId, long itemId, Pageable pageable) {
        CurrentUser.requireSite(siteId);
        Pageable page = pageable.getSort().isSorted() ? pageable : PageRequest.of(pageable.getPageNumber(),
                pageable.getPageSize(), Sort.by(Sort.Order.desc(StockMovement.SORT_OCCURRED), Sort.Order.desc("id")));
        return movements.findByItemIdAndSiteId(itemId, siteId, page);
    }

    /**
     * The count sheet of a site: every item with what the ledger holds, lot by lot for lot-tracked
     * items (lots with stock), one line for items without lots; by item name, then expiry.
     */
    @PreAuthorize(READ)
    @Transactional(readOnly = true)
    public List<LotStock> countSheet(long siteId) {
        CurrentUser.requireSite(siteId);
        SiteInfo site = siteService.site(siteId);
        Map<Long, Item> itemsById = new java.util.LinkedHashMap<>();
        items.findBySiteIdOrderByName(siteId).stream().filter(Item::isActive).forEach(i -> itemsById.put(i.getId(), i));
        List<StockBalance> rows = new ArrayList<>(balances.findBySiteId(siteId).stream()
                .filter(b -> itemsById.containsKey(b.getItemId()))
                .filter(b -> b.getLotId() == null || b.getQuantity() > 0).toList());
        java.util.Set<Long> withRow = new java.util.HashSet<>();
        rows.forEach(b -> withRow.add(b.getItemId()));
        List<LotStock> sheet = new ArrayList<>(lotStock(site, itemsById, rows));
        for (Item item : itemsById.values()) {
            if (!item.isLotTracked() && !withRow.contains(item.getId())) {
                sheet.add(new LotStock(item.getId(), item.getName(), item.getCategory(), null, null, null, 0, false, false));
            }
        }
        sheet.sort(Comparator.comparing(LotStock::itemName).thenComparing(l -> l.expiryDate() == null ? LocalDate.MAX
                : l.expiryDate()));
        return sheet;
    }

    /** Lots on hand that have expired or expire within the site's warning window, earliest first. */
    @PreAuthorize(READ)
    @Transactional(readOnly = true)
    public List<LotStock> expiringLots(long siteId) {
        CurrentUser.requireSite(siteId);
        return expiring(siteService.site(siteId));
    }

    /** Lot numbers by id for the lots of an item (to label movements). */
    @PreAuthorize(READ)
    @Transactional(readOnly = true)
    public Map<Long, String> lotNumbers(long siteId, long itemId) {
        CurrentUser.requireSite(siteId);
        Map<Long, String> result = new HashMap<>();
        lots.findBySiteIdAndItemId(siteId, itemId).forEach(l -> result.put(l.getId(), l.getLotNumber()));
        return result;
    }

    /** All suppliers of the network, by name. */
    @PreAuthorize(READ)
    @Transactional(readOnly = true)
    public List<Supplier> suppliers() {
        return suppliers.findAllByOrderByName();
    }

    // --- dashboard ---

    /** Counts of items out of stock and at or under reorder point, and naloxone lots near or past expiry. */
    @PreAuthorize(DASHBOARD)
    @Transactional(readOnly = true)
    public StockAlerts alerts(long siteId) {
        CurrentUser.requireSite(siteId);
        SiteInfo site = siteService.site(siteId);
        List<ItemStock> rows = stock(site).stream().filter(ItemStock::active).toList();
        int out = (int) rows.stream().filter(r -> r.onHand() == 0).count();
        int low = (int) rows.stream().filter(r -> r.onHand() <= r.reorderPoint()).count();
        List<LotStock> naloxone = expiring(site).stream().filter(l -> l.category() == ItemCategory.NALOXONE).toList();
        return new StockAlerts(out, low, naloxone);
    }

    /** Units moved per kind at a site in [from, to) (signed: dispenses are negative); every kind present. */
    @PreAuthorize(DASHBOARD)
    @Transactional(readOnly = true)
    public Map<MovementKind, Long> movementTotals(long siteId, Instant from, Instant to) {
        CurrentUser.requireSite(siteId);
        Map<MovementKind, Long> totals = new EnumMap<>(MovementKind.class);
        for (MovementKind kind : MovementKind.values()) {
            totals.put(kind, 0L);
        }
        for (Object[] row : movements.sumByKind(siteId, from, to)) {
            totals.put((MovementKind) row[0], ((Number) row[1]).longValue());
        }
        return totals;
    }

    // --- catalogue ---

    /** Creates or updates an item of the site. Names and supply kinds are unique within a site. */
    @PreAuthorize(WRITE)
    @Transactional
    public Item saveItem(long siteId, @Valid Item item) {
        CurrentUser.requireSite(siteId);
        if (item.isNew()) {
            item.setSiteId(siteId);
        } else {
            Item stored = items.findByIdAndSiteId(item.getId(), siteId)
                    .orElseThrow(() -> new BusinessException("error.notFound"));
            if (stored.isLotTracked() != item.isLotTracked()
                    && balances.findByItemIdOrderById(item.getId()).stream().anyMatch(b -> b.getQuantity() > 0)) {
                throw new BusinessException("lotTracked", "item.error.lotTrackedWithStock");
            }
        }
        long id = item.isNew() ? -1 : item.getId();
        item.setName(item.getName().strip());
        if (items.existsBySiteIdAndNameIgnoreCaseAndIdNot(siteId, item.getName(), id)) {
            throw new BusinessException("name", "item.error.nameTaken", item.getName());
        }
        item.setCode(Item.normaliseCode(item.getCode()));
        // upper case can be longer than what was typed (ß → SS)
        if (item.getCode() != null && item.getCode().length() > Item.CODE_MAX) {
            throw new BusinessException("code", "stock.error.tooLong", Item.CODE_MAX);
        }
        if (item.getCode() != null && items.existsBySiteIdAndCodeAndIdNot(siteId, item.getCode(), id)) {
            throw new BusinessException("code", "item.error.codeTaken", item.getCode());
        }
        if (item.getSupply() != null && items.existsBySiteIdAndSupplyAndIdNot(siteId, item.getSupply(), id)) {
            throw new BusinessException("supply", "item.error.supplyTaken");
        }
        if (item.getTargetLevel() < item.getReorderPoint()) {
            throw new BusinessException("targetLevel", "item.error.targetBelowReorderPoint");
        }
        if (item.getSupplierId() != null && !suppliers.existsById(item.getSupplierId())) {
            throw new BusinessException("supplierId", "error.notFound");
        }
        return items.saveAndFlush(item);
    }

    /** Creates or updates a supplier of the network; names are unique. */
    @PreAuthorize(WRITE)
    @Transactional
    public Supplier saveSupplier(@Valid Supplier supplier) {
        supplier.setName(supplier.getName().strip());
        boolean taken = supplier.isNew() ? suppliers.existsByNameIgnoreCase(supplier.getName())
                : suppliers.existsByNameIgnoreCaseAndIdNot(supplier.getName(), supplier.getId());
        if (taken) {
            throw new BusinessException("name", "stock.supplier.error.nameTaken", supplier.getName());
        }
        return suppliers.saveAndFlush(supplier);
    }

    // --- movements ---

    /**
     * Records a receipt, use on site, waste or count adjustment. Taking without a lot takes the
     * earliest expiry first. Transfers between sites are orders of their own ({@link TransferService}).
     *
     * @throws BusinessException when the stock cannot cover it (naming the item and what is available),
     *                           or the request is incomplete; nothing is written then
     */
    @PreAuthorize(WRITE)
    @Transactional
    public void record(long siteId, MovementRequest request) {
        CurrentUser.requireSite(siteId);
        SiteInfo site = siteService.site(siteId);
        Item item = items.findByIdAndSiteId(request.itemId(), siteId)
                .orElseThrow(() -> new BusinessException("itemId", "error.notFound"));
        Instant now = clock.instant();
        Instant at = request.occurredAt() == null ? now : request.occurredAt();
        if (at.isAfter(now.plus(CLOCK_SKEW))) {
            throw new BusinessException("occurredAt", "movement.error.future");
        }
        String reason = reason(request.reason());
        LocalDate today = LocalDate.ofInstant(now, site.zone());
        Lot lot = request.lotId() == null ? null : lots.findByIdAndSiteId(request.lotId(), siteId)
                .filter(l -> l.getItemId() == item.getId())
                .orElseThrow(() -> new BusinessException("lotId", "error.notFound"));
        int q = request.quantity();
        Ledger.Entry entry = Ledger.Entry.at(at, reason);
        switch (request.kind()) {
            case RECEIPT -> {
                Lot target = item.isLotTracked() ? lotFor(item, request.lotNumber(), request.expiryDate(), today) : null;
                ledger.add(item, target, MovementKind.RECEIPT, q, entry);
            }
            case USE, WASTE -> ledger.take(item, lot, request.kind(), q, entry, today);
            case ADJUSTMENT -> {
                if (reason == null) {
                    throw new BusinessException("reason", "movement.error.reasonRequired");
                }
                if (q > 0) {
                    if (item.isLotTracked() && lot == null) {
                        throw new BusinessException("lotId", "movement.error.lotRequired");
                    }
                    ledger.add(item, lot, MovementKind.ADJUSTMENT, q, entry);
                } else if (q < 0) {
                    ledger.take(item, lot, MovementKind.ADJUSTMENT, -q, entry, today);
                } else {
                    throw new BusinessException("quantity", "movement.error.quantity");
                }
            }
            default -> throw new BusinessException("kind", "movement.error.kind");
        }
    }

    /** The site's active items of category NALOXONE: the take-home kits staff can hand out. */
    @PreAuthorize("hasAnyRole('STAFF','SUPERVISOR','MANAGER')")
    @Transactional(readOnly = true)
    public List<NaloxoneKit> naloxoneKits(long siteId) {
        CurrentUser.requireSite(siteId);
        return items.findBySiteIdOrderByName(siteId).stream()
                .filter(i -> i.isActive() && i.getCategory() == ItemCategory.NALOXONE)
                .map(i -> new NaloxoneKit(i.getId(), i.getName(), null, null, null))
                .toList();
    }

    /**
     * Hands one take-home naloxone kit to a client: a DISPENSE movement of one unit, taken like a
     * check-in's supplies from the lot that expires first (expired lots skipped). Floor staff do
     * this, so it asks for no stock role; the site check still applies.
     *
     * @return the kit with the lot it came from
     * @throws BusinessException when the item is not a naloxone kit of the site, or none is in stock
     */
    @PreAuthorize("hasAnyRole('STAFF','SUPERVISOR')")
    @Transactional
    public NaloxoneKit handOutNaloxoneKit(long siteId, long itemId, Instant at) {
        CurrentUser.requireSite(siteId);
        SiteInfo site = siteService.site(siteId);
        Item item = items.findByIdAndSiteId(itemId, siteId)
                .filter(i -> i.getCategory() == ItemCategory.NALOXONE)
                .orElseThrow(() -> new BusinessException("itemId", "error.notFound"));
        List<Ledger.Piece> pieces = ledger.take(item, null, MovementKind.DISPENSE, 1, Ledger.Entry.at(at, null),
                LocalDate.ofInstant(at, site.zone()));
        Lot lot = pieces.getFirst().lot();
        return new NaloxoneKit(item.getId(), item.getName(), lot == null ? null : lot.getId(),
                lot == null ? null : lot.getLotNumber(), lot == null ? null : lot.getExpiryDate());
    }

    /**
     * Posts a stock count: for each counted item (and lot), the difference to the balance is
     * booked as one adjustment; all in one transaction. Lines without difference post nothing.
     *
     * @return the saved count with what was expected and what was counted per line
     */
    @PreAuthorize(WRITE)
    @Transactional
    public StockCount postCount(long siteId, List<CountEntry> entries, @Nullable String note) {
        CurrentUser.requireSite(siteId);
        if (entries.isEmpty()) {
            throw new BusinessException("movement.error.emptyCount");
        }
        String text = note == null || note.isBlank() ? null : note.strip();
        if (text != null && text.length() > StockCount.NOTE_MAX) {
            throw new BusinessException("note", "stock.error.tooLong", StockCount.NOTE_MAX);
        }
        PlainTextValidator.require("note", text, false);
        Instant now = clock.instant();
        StockCount count = counts.save(new StockCount(siteId, now, text));
        String reason = reason("#" + count.getId() + (text == null ? "" : " " + text));
        // Lock in a fixed order (item, then lot) so two counts cannot deadlock each other.
        List<CountEntry> sorted = entries.stream().sorted(Comparator.comparingLong(CountEntry::itemId)
                .thenComparingLong(e -> StockBalance.key(e.lotId()))).toList();
        for (CountEntry e : sorted) {
            Item item = items.findByIdAndSiteId(e.itemId(), siteId)
                    .orElseThrow(() -> new BusinessException("error.notFound"));
            Lot lot = e.lotId() == null ? null : lots.findByIdAndSiteId(e.lotId(), siteId)
                    .filter(l -> l.getItemId() == item.getId())
                    .orElseThrow(() -> new BusinessException("error.notFound"));
            if (item.isLotTracked() && lot == null) {
                throw new BusinessException("movement.error.lotRequired");
            }
            if (e.counted() < 0) {
                throw new BusinessException("counted", "movement.error.negativeCount", item.getName());
            }
            int expected = ledger.countTo(item, lot, e.counted(), Ledger.Entry.at(now, reason));
            count.addLine(new StockCount.Line(item.getId(), Lot.idOf(lot), expected, e.counted()));
        }
        // the count states what is really there: the items' shortfalls booked by the floor are settled by it
        String by = CurrentUser.username();
        discrepancies.findByItemIdInAndResolvedAtIsNull(sorted.stream().map(CountEntry::itemId).distinct().toList())
                .forEach(d -> d.resolve(now, by, count.getId()));
        return counts.save(count);
    }

    /**
     * Writes off every lot on hand that has expired (expiry date before today at the site) as waste.
     *
     * @return the number of units written off
     */
    @PreAuthorize(WRITE)
    @Transactional
    public int writeOffExpired(long siteId) {
        CurrentUser.requireSite(siteId);
        SiteInfo site = siteService.site(siteId);
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, site.zone());
        int total = 0;
        for (LotStock l : expiring(site)) {
            if (l.expired() && l.lotId() != null) {
                Item item = items.findByIdAndSiteId(l.itemId(), siteId).orElseThrow();
                Lot lot = lots.findById(l.lotId()).orElseThrow();
                ledger.take(item, lot, MovementKind.WASTE, l.quantity(),
                        Ledger.Entry.at(now, reason("expired " + lot.getExpiryDate())), today);
                total += l.quantity();
            }
        }
        return total;
    }

    // --- internals ---

    /** The lot of that number, created on first receipt; refuses a second expiry date for the same number. */
    Lot lotFor(Item item, @Nullable String number, @Nullable LocalDate expiry, @Nullable LocalDate notBefore) {
        if (number == null || number.isBlank()) {
            throw new BusinessException("lotNumber", "lot.error.numberRequired");
        }
        if (expiry == null) {
            throw new BusinessException("expiryDate", "lot.error.expiryRequired");
        }
        String n = number.strip();
        if (n.length() > Lot.NUMBER_MAX) {
            throw new BusinessException("lotNumber", "stock.error.tooLong", Lot.NUMBER_MAX);
        }
        PlainTextValidator.require("lotNumber", n, false);
        if (notBefore != null && expiry.isBefore(notBefore)) {
            throw new BusinessException("expiryDate", "lot.error.expired");
        }
        Lot existing = lots.findByItemIdAndLotNumber(item.getId(), n).orElse(null);
        if (existing != null) {
            if (!existing.getExpiryDate().equals(expiry)) {
                throw new BusinessException("expiryDate", "lot.error.expiryMismatch", n, existing.getExpiryDate());
            }
            return existing;
        }
        return lots.saveAndFlush(new Lot(item.getSiteId(), item.getId(), n, expiry));
    }

    private static @Nullable String reason(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String r = text.strip();
        if (r.length() > StockMovement.REASON_MAX) {
            throw new BusinessException("reason", "stock.error.tooLong", StockMovement.REASON_MAX);
        }
        PlainTextValidator.require("reason", r, false);
        return r;
    }

    private List<ItemStock> stock(SiteInfo site) {
        long siteId = site.id();
        LocalDate today = LocalDate.now(clock.withZone(site.zone()));
        LocalDate warnUntil = today.plusDays(site.expiryWarningDays());
        List<Item> all = items.findBySiteIdOrderByName(siteId);
        List<StockBalance> rows = balances.findBySiteId(siteId);
        Map<Long, Lot> lotsById = lotsOf(rows);
        Map<Long, Integer> onHand = new HashMap<>();
        Map<Long, LocalDate> nextExpiry = new HashMap<>();
        for (StockBalance b : rows) {
            onHand.merge(b.getItemId(), b.getQuantity(), Integer::sum);
            if (b.getQuantity() > 0 && b.getLotId() != null) {
                nextExpiry.merge(b.getItemId(), lotsById.get(b.getLotId()).getExpiryDate(),
                        (x, y) -> x.isBefore(y) ? x : y);
            }
        }
        Map<Long, Integer> onOrder = new HashMap<>();
        for (Object[] row : orders.openQuantities(siteId, OPEN)) {
            onOrder.put((Long) row[0], ((Number) row[1]).intValue());
        }
        Map<Long, Forecast> forecasts = consumption.forecasts(siteId, site.zone(), today);
        Forecast none = Consumption.none(today);
        List<ItemStock> result = new ArrayList<>(all.size());
        for (Item item : all) {
            int qty = onHand.getOrDefault(item.getId(), 0);
            LocalDate expiry = nextExpiry.get(item.getId());
            StockStatus status = qty == 0 ? StockStatus.OUT
                    : qty <= item.getReorderPoint() ? StockStatus.LOW
                    : expiry != null && !expiry.isAfter(warnUntil) ? StockStatus.EXPIRING : StockStatus.OK;
            Double cover = forecasts.getOrDefault(item.getId(), none).daysOfCover(qty).orElse(null);
            result.add(new ItemStock(item.getId(), item.getName(), item.getCategory(), item.getUnit(), item.getPackSize(),
                    item.getSupply(), item.isLotTracked(), item.isActive(), qty, onOrder.getOrDefault(item.getId(), 0),
                    item.getReorderPoint(), item.getTargetLevel(), cover, expiry, status));
        }
        return result;
    }

    private List<LotStock> expiring(SiteInfo site) {
        LocalDate today = LocalDate.now(clock.withZone(site.zone()));
        LocalDate warnUntil = today.plusDays(site.expiryWarningDays());
        List<StockBalance> rows = balances.findBySiteId(site.id()).stream()
                .filter(b -> b.getQuantity() > 0 && b.getLotId() != null).toList();
        Map<Long, Item> itemsById = new HashMap<>();
        items.findBySiteIdOrderByName(site.id()).forEach(i -> itemsById.put(i.getId(), i));
        return lotStock(site, itemsById, rows).stream()
                .filter(l -> l.expiryDate() != null && !l.expiryDate().isAfter(warnUntil))
                .toList();
    }

    private List<LotStock> lotStock(SiteInfo site, Map<Long, Item> itemsById, List<StockBalance> rows) {
        LocalDate today = LocalDate.now(clock.withZone(site.zone()));
        LocalDate warnUntil = today.plusDays(site.expiryWarningDays());
        Map<Long, Lot> lotsById = lotsOf(rows);
        List<LotStock> result = new ArrayList<>();
        for (StockBalance b : rows) {
            Item item = itemsById.get(b.getItemId());
            Lot lot = b.getLotId() == null ? null : lotsById.get(b.getLotId());
            LocalDate expiry = lot == null ? null : lot.getExpiryDate();
            result.add(new LotStock(item.getId(), item.getName(), item.getCategory(), Lot.idOf(lot),
                    lot == null ? null : lot.getLotNumber(), expiry, b.getQuantity(),
                    expiry != null && expiry.isBefore(today), expiry != null && !expiry.isAfter(warnUntil)));
        }
        result.sort(Comparator.comparing((LotStock l) -> l.expiryDate() == null ? LocalDate.MAX : l.expiryDate())
                .thenComparing(LotStock::itemName));
        return result;
    }

    private Map<Long, Lot> lotsOf(List<StockBalance> rows) {
        List<Long> ids = rows.stream().map(StockBalance::getLotId).filter(Objects::nonNull).distinct().toList();
        Map<Long, Lot> result = new HashMap<>();
        if (!ids.isEmpty()) {
            lots.findByIdIn(ids).forEach(l -> result.put(l.getId(), l));
        }
        return result;
    }
}

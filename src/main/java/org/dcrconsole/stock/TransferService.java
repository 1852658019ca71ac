package org.dcrconsole.stock;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.dcrconsole.base.BusinessException;
import org.dcrconsole.base.validation.PlainTextValidator;
import org.dcrconsole.security.CurrentUser;
import org.dcrconsole.site.SiteService;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Transfer orders between the sites of the network. Each side acts at its own site only: the
 * sender drafts, sends or cancels holding the sending site; the receiver receives holding the
 * receiving site; both (and managers) read the transfers that concern their site. Items are
 * matched across sites by their code ({@link Item#getCode()}), never by name.
 */
@Service
public class TransferService {

    /** A refusal about the whole transfer, not one field. */
    private static final String NO_FIELD = null;

    private final TransferOrderRepository transfers;
    private final ItemRepository items;
    private final LotRepository lots;
    private final Ledger ledger;
    private final Transit transit;
    private final SiteService siteService;
    private final Clock clock;

    TransferService(TransferOrderRepository transfers, ItemRepository items, LotRepository lots, Ledger ledger,
                    Transit transit, SiteService siteService, Clock clock) {
        this.transit = transit;
        this.transfers = transfers;
        this.items = items;
        this.lots = lots;
        this.ledger = ledger;
        this.siteService = siteService;
        this.clock = clock;
    }

    // --- reading ---

    /** The transfers sent from or to the site, newest first unless the page says otherwise. */
    @PreAuthorize(StockService.READ)
    @Transactional(readOnly = true)
    public Slice<TransferSummary> transfers(long siteId, Pageable pageable) {
        CurrentUser.requireSite(siteId);
        Pageable page = pageable.getSort().isSorted() ? pageable : PageRequest.of(pageable.getPageNumber(),
                pageable.getPageSize(), Sort.by(Sort.Order.desc(TransferOrder.SORT_CREATED), Sort.Order.desc("id")));
        return transfers.concerning(siteId, page);
    }

    /** One transfer from or to the site, with its lines and the items the receiver does not keep yet. */
    @PreAuthorize(StockService.READ)
    @Transactional(readOnly = true)
    public TransferDetail transfer(long siteId, long transferId) {
        CurrentUser.requireSite(siteId);
        TransferOrder t = transfers.findConcerning(transferId, siteId)
                .orElseThrow(() -> new BusinessException("error.notFound"));
        List<TransferLine> lines = List.copyOf(t.lines());
        long units = lines.stream().mapToLong(TransferLine::getQuantity).sum();
        TransferSummary summary = new TransferSummary(t.getId(), t.getFromSiteId(), t.getToSiteId(), t.getStatus(),
                t.getNote(), t.getCreatedAt(), t.getSentAt(), t.getReceivedAt(), lines.size(), units);
        return new TransferDetail(summary, lines, missingAtReceiver(t));
    }

    /** Units of each item of the site on their way out of it and into it (items with none are absent). */
    @PreAuthorize(StockService.DASHBOARD)
    @Transactional(readOnly = true)
    public Map<Long, InTransit> inTransit(long siteId) {
        CurrentUser.requireSite(siteId);
        return transit.of(siteId);
    }

    /** The other sites of the network a transfer can go to, names by id. */
    @PreAuthorize(StockService.READ)
    @Transactional(readOnly = true)
    public Map<Long, String> destinations(long siteId) {
        CurrentUser.requireSite(siteId);
        Map<Long, String> result = new LinkedHashMap<>(siteService.siteDirectory());
        result.remove(siteId);
        return result;
    }

    /** Names of every site by id, to label both ends of a transfer. */
    @PreAuthorize(StockService.READ)
    @Transactional(readOnly = true)
    public Map<Long, String> siteNames() {
        return siteService.siteDirectory();
    }

    // --- sender ---

    /**
     * Drafts a transfer from the site. Nothing moves yet.
     *
     * @return the id of the draft
     * @throws BusinessException when the receiving site is this one or unknown, there are no lines,
     *                           an item is not of this site or has no code, or a quantity is not positive
     */
    @PreAuthorize(StockService.WRITE)
    @Transactional
    public long draft(long fromSiteId, TransferRequest request) {
        CurrentUser.requireSite(fromSiteId);
        if (request.toSiteId() == fromSiteId || !siteService.siteDirectory().containsKey(request.toSiteId())) {
            throw new BusinessException("toSiteId", "transfer.error.toSite");
        }
        if (request.lines().isEmpty()) {
            throw new BusinessException("lines", "transfer.error.noLines");
        }
        String note = text("note", request.note(), TransferOrder.NOTE_MAX);
        TransferOrder order = new TransferOrder(fromSiteId, request.toSiteId(), note);
        int no = 0;
        Set<Long> seen = new java.util.HashSet<>();
        for (TransferRequest.Line line : request.lines()) {
            // one line per item: lots of one item are chosen per line, and two lines could not be covered apart
            if (!seen.add(line.itemId())) {
                throw new BusinessException("itemId", "transfer.error.duplicateItem");
            }
            Item item = items.findByIdAndSiteId(line.itemId(), fromSiteId)
                    .filter(Item::isActive)
                    .orElseThrow(() -> new BusinessException("itemId", "error.notFound"));
            if (item.getCode() == null) {
                throw new BusinessException("itemId", "transfer.error.noCode", item.getName());
            }
            if (line.quantity() <= 0) {
                throw new BusinessException("quantity", "movement.error.quantity");
            }
            if (line.quantity() > StockMovement.QUANTITY_MAX) {
                throw new BusinessException("quantity", "movement.error.quantityMax", StockMovement.QUANTITY_MAX);
            }
            Lot lot = line.lotId() == null ? null : lots.findByIdAndSiteId(line.lotId(), fromSiteId)
                    .filter(l -> l.getItemId() == item.getId())
                    .orElseThrow(() -> new BusinessException("lotId", "error.notFound"));
            order.lines().add(new TransferLine(++no, item, lot, line.quantity()));
        }
        return transfers.saveAndFlush(order).getId();
    }

    /**
     * Sends a draft: each line leaves the sender's ledger (from its chosen lot, or the lots that
     * expire first, one line per lot that left) and is in transit until received.
     *
     * @throws BusinessException when it is not a draft any more, or stock does not cover a line
     *                           (then nothing leaves)
     */
    @PreAuthorize(StockService.WRITE)
    @Transactional
    public void send(long fromSiteId, long transferId) {
        CurrentUser.requireSite(fromSiteId);
        TransferOrder order = lockAt(transferId, fromSiteId, true);
        if (order.getStatus() != TransferStatus.DRAFT) {
            throw new BusinessException(NO_FIELD, "transfer.error.notDraft");
        }
        LocalDate today = LocalDate.now(clock.withZone(siteService.site(fromSiteId).zone()));
        record Leaving(Item item, @Nullable Lot lot, int quantity) {
        }
        List<Leaving> leaving = new ArrayList<>();
        // lock the items' balances in item order so that two sends cannot deadlock each other;
        // each item is on one line only (see draft), so the lines are planned independently
        List<TransferLine> drafted = order.lines().stream().sorted(Comparator.comparingLong(TransferLine::getItemId)
                .thenComparingInt(TransferLine::getLineNo)).toList();
        for (TransferLine line : drafted) {
            Item item = items.findByIdAndSiteId(line.getItemId(), fromSiteId).orElseThrow();
            Lot lot = line.getLotId() == null ? null : lots.findById(line.getLotId()).orElseThrow();
            if (lot != null && lot.expiredOn(today)) {
                throw new BusinessException("lotId", "transfer.error.expiredLot", lot.getLotNumber());
            }
            for (Ledger.Piece piece : ledger.plan(item, lot, line.getQuantity(), today)) {
                leaving.add(new Leaving(item, piece.lot(), piece.quantity()));
            }
        }
        order.lines().clear();
        transfers.flush();
        int no = 0;
        for (Leaving l : leaving) {
            order.lines().add(new TransferLine(++no, l.item(), l.lot(), l.quantity()));
        }
        Instant now = clock.instant();
        order.sent(now, CurrentUser.username());
        transfers.saveAndFlush(order);
        String reason = "#" + order.getId();
        for (TransferLine line : order.lines()) {
            Item item = leaving.get(line.getLineNo() - 1).item();
            Lot lot = leaving.get(line.getLineNo() - 1).lot();
            ledger.take(item, lot, MovementKind.TRANSFER_OUT, line.getQuantity(),
                    Ledger.Entry.transfer(now, reason, order.getToSiteId(), line.getId()), today);
        }
    }

    /** Cancels a draft; a sent transfer can only be received. */
    @PreAuthorize(StockService.WRITE)
    @Transactional
    public void cancel(long fromSiteId, long transferId) {
        CurrentUser.requireSite(fromSiteId);
        TransferOrder order = lockAt(transferId, fromSiteId, true);
        if (order.getStatus() != TransferStatus.DRAFT) {
            throw new BusinessException(NO_FIELD, "transfer.error.notDraft");
        }
        order.cancelled();
        transfers.saveAndFlush(order);
    }

    // --- receiver ---

    /**
     * Receives a sent transfer at the receiving site: every line enters that site's ledger under
     * the item with the same code (and the same lot number and expiry); what did not arrive whole
     * is written off there as waste with its reason.
     *
     * @param receipts           one per line of the transfer
     * @param createMissingItems create items the site does not keep yet from the sender's item
     *                           (same name, code, category, unit, pack size, supplier; levels 0)
     * @throws BusinessException when the transfer is not on its way (a draft, or received already),
     *                           a line is missing or out of range, a shortfall has no reason, or an
     *                           item is missing and may not be created; nothing is written then
     */
    @PreAuthorize(StockService.WRITE)
    @Transactional
    public void receive(long toSiteId, long transferId, List<TransferReceipt> receipts, boolean createMissingItems) {
        CurrentUser.requireSite(toSiteId);
        TransferOrder order = lockAt(transferId, toSiteId, false);
        switch (order.getStatus()) {
            case SENT -> { }
            case RECEIVED -> throw new BusinessException(NO_FIELD, "transfer.error.alreadyReceived");
            default -> throw new BusinessException(NO_FIELD, "transfer.error.notSent");
        }
        Map<Long, TransferReceipt> byLine = new HashMap<>();
        for (TransferReceipt r : receipts) {
            byLine.put(r.lineId(), r);
        }
        Set<Long> lineIds = new java.util.HashSet<>();
        order.lines().forEach(l -> lineIds.add(l.getId()));
        if (!byLine.keySet().equals(lineIds) || byLine.size() != receipts.size()) {
            throw new BusinessException(NO_FIELD, "transfer.error.linesMismatch");
        }
        LocalDate today = LocalDate.now(clock.withZone(siteService.site(toSiteId).zone()));
        Instant now = clock.instant();
        Map<String, Item> targets = new HashMap<>();
        for (TransferLine line : order.lines()) {
            TransferReceipt r = byLine.get(line.getId());
            if (r.received() < 0 || r.received() > line.getQuantity()) {
                throw new BusinessException(TransferReceipt.field("received", line.getId()),
                        "transfer.error.receivedRange", line.getItemName(),
                        line.getQuantity());
            }
            String reason = text("reason", r.reason(), StockMovement.REASON_MAX);
            if (r.received() < line.getQuantity() && reason == null) {
                throw new BusinessException(TransferReceipt.field("reason", line.getId()),
                        "transfer.error.lossReason", line.getItemName());
            }
            Item target = targets.computeIfAbsent(line.getItemCode(), code -> targetItem(order, line, createMissingItems));
            Lot lot = targetLot(target, line);
            String ref = "#" + order.getId();
            ledger.add(target, lot, MovementKind.TRANSFER_IN, line.getQuantity(),
                    Ledger.Entry.transfer(now, ref, order.getFromSiteId(), line.getId()));
            int lost = line.getQuantity() - r.received();
            if (lost > 0) {
                ledger.take(target, lot, MovementKind.WASTE, lost,
                        Ledger.Entry.transfer(now, clip(ref + " " + reason), order.getFromSiteId(), line.getId()), today);
            }
            line.received(r.received(), lost > 0 ? reason : null);
        }
        order.received(now, CurrentUser.username());
        transfers.saveAndFlush(order);
    }

    // --- internals ---

    /** The transfer, locked, if the site is its sender (or receiver); another site's transfer is "not found". */
    private TransferOrder lockAt(long transferId, long siteId, boolean asSender) {
        TransferOrder order = transfers.lock(transferId).orElseThrow(() -> new BusinessException("error.notFound"));
        long side = asSender ? order.getFromSiteId() : order.getToSiteId();
        if (side != siteId) {
            throw new BusinessException("error.notFound");
        }
        return order;
    }

    private List<String> missingAtReceiver(TransferOrder t) {
        Set<String> codes = new TreeSet<>();
        t.lines().forEach(l -> codes.add(l.getItemCode()));
        if (codes.isEmpty()) {
            return List.of();
        }
        Set<String> kept = new java.util.HashSet<>();
        items.findBySiteIdAndCodeIn(t.getToSiteId(), codes).forEach(i -> kept.add(i.getCode()));
        return t.lines().stream().filter(l -> !kept.contains(l.getItemCode())).map(TransferLine::getItemName)
                .distinct().toList();
    }

    private Item targetItem(TransferOrder order, TransferLine line, boolean create) {
        Item found = items.findBySiteIdAndCode(order.getToSiteId(), line.getItemCode()).orElse(null);
        if (found != null) {
            return found;
        }
        if (!create) {
            throw new BusinessException(NO_FIELD, "transfer.error.itemMissing", line.getItemName());
        }
        Item source = items.findById(line.getItemId()).orElseThrow();
        if (items.findBySiteIdAndNameIgnoreCase(order.getToSiteId(), source.getName()).isPresent()) {
            throw new BusinessException(NO_FIELD, "transfer.error.nameUnlinked", source.getName(), source.getCode());
        }
        Item copy = new Item();
        copy.setSiteId(order.getToSiteId());
        copy.setName(source.getName());
        copy.setCode(source.getCode());
        copy.setCategory(source.getCategory());
        copy.setUnit(source.getUnit());
        copy.setPackSize(source.getPackSize());
        copy.setSupplierId(source.getSupplierId());
        copy.setLeadTimeDays(source.getLeadTimeDays());
        copy.setLotTracked(source.isLotTracked());
        return items.saveAndFlush(copy);
    }

    private @Nullable Lot targetLot(Item target, TransferLine line) {
        if (!target.isLotTracked()) {
            return null;
        }
        if (line.getLotNumber() == null || line.getExpiryDate() == null) {
            throw new BusinessException(NO_FIELD, "transfer.error.lotUnknown", target.getName());
        }
        Lot existing = lots.findByItemIdAndLotNumber(target.getId(), line.getLotNumber()).orElse(null);
        if (existing == null) {
            return lots.saveAndFlush(new Lot(Objects.requireNonNull(target.getSiteId()), target.getId(),
                    line.getLotNumber(), line.getExpiryDate()));
        }
        if (!existing.getExpiryDate().equals(line.getExpiryDate())) {
            throw new BusinessException(NO_FIELD, "lot.error.expiryMismatch", line.getLotNumber(),
                    existing.getExpiryDate());
        }
        return existing;
    }

    private static @Nullable String text(String field, @Nullable String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (v.length() > max) {
            throw new BusinessException(field, "stock.error.tooLong", max);
        }
        PlainTextValidator.require(field, v, false);
        return v;
    }

    private static String clip(String reason) {
        return reason.length() <= StockMovement.REASON_MAX ? reason : reason.substring(0, StockMovement.REASON_MAX);
    }
}

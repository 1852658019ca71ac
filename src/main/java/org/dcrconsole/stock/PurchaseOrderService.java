package org.dcrconsole.stock;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dcrconsole.base.BusinessException;
import org.dcrconsole.base.validation.PlainTextValidator;
import org.dcrconsole.security.CurrentUser;
import org.dcrconsole.site.SiteInfo;
import org.dcrconsole.site.SiteService;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Purchase orders of a site: draft → ordered → partly received → received, or cancelled.
 * Receiving books receipt movements (creating lots as needed), so stock rises by exactly what
 * arrived; a line never receives more than was ordered.
 */
@Service
public class PurchaseOrderService {

    /** A refusal about the whole record, not one field. */
    private static final String NO_FIELD = null;

    private final PurchaseOrderRepository orders;
    private final SupplierRepository suppliers;
    private final ItemRepository items;
    private final StockService stockService;
    private final Ledger ledger;
    private final SiteService siteService;
    private final Clock clock;

    PurchaseOrderService(PurchaseOrderRepository orders, SupplierRepository suppliers, ItemRepository items,
                         StockService stockService, Ledger ledger, SiteService siteService, Clock clock) {
        this.orders = orders;
        this.suppliers = suppliers;
        this.items = items;
        this.stockService = stockService;
        this.ledger = ledger;
        this.siteService = siteService;
        this.clock = clock;
    }

    /** The orders of a site in the given states (all when empty), a page at a time. */
    @PreAuthorize(StockService.READ)
    @Transactional(readOnly = true)
    public Slice<PurchaseOrderSummary> orders(long siteId, Collection<PurchaseOrderStatus> statuses, Pageable pageable) {
        CurrentUser.requireSite(siteId);
        Slice<PurchaseOrder> page = statuses.isEmpty() ? orders.findBySiteId(siteId, pageable)
                : orders.findBySiteIdAndStatusIn(siteId, statuses, pageable);
        Map<Long, String> names = supplierNames();
        return page.map(o -> new PurchaseOrderSummary(o.getId(), names.getOrDefault(o.getSupplierId(), ""), o.getStatus(),
                o.getCreatedAt(), o.getOrderedAt(), o.getExpectedDate(), o.lines().size(),
                o.lines().stream().mapToInt(PurchaseOrderLine::getQuantityOrdered).sum(),
                o.lines().stream().mapToInt(PurchaseOrderLine::getQuantityReceived).sum()));
    }

    /** One order of the site with its lines. */
    @PreAuthorize(StockService.READ)
    @Transactional(readOnly = true)
    public PurchaseOrderDetail order(long siteId, long orderId) {
        CurrentUser.requireSite(siteId);
        PurchaseOrder o = find(siteId, orderId);
        SiteInfo site = siteService.site(siteId);
        Supplier supplier = suppliers.findById(o.getSupplierId()).orElseThrow();
        Map<Long, Item> itemsById = new HashMap<>();
        items.findBySiteIdOrderByName(siteId).forEach(i -> itemsById.put(i.getId(), i));
        List<PurchaseOrderDetail.Line> lines = new ArrayList<>();
        for (PurchaseOrderLine l : o.lines()) {
            Item item = itemsById.get(l.getItemId());
            lines.add(new PurchaseOrderDetail.Line(l.getId(), item.getId(), item.getName(), item.getUnit(),
                    item.getPackSize(), item.isLotTracked(), l.getQuantityOrdered(), l.getQuantityReceived()));
        }
        return new PurchaseOrderDetail(o.getId(), siteId, site.name(), supplier.getId(), supplier.getName(),
                supplier.getContact(), o.getStatus(), o.getCreatedAt(), o.getCreatedBy(), o.getOrderedAt(),
                o.getExpectedDate(), o.getNote(), lines);
    }

    /** Starts an empty draft order to a supplier. */
    @PreAuthorize(StockService.WRITE)
    @Transactional
    public long createDraft(long siteId, long supplierId) {
        CurrentUser.requireSite(siteId);
        if (!suppliers.existsById(supplierId)) {
            throw new BusinessException("supplierId", "error.notFound");
        }
        return orders.save(new PurchaseOrder(siteId, supplierId)).getId();
    }

    /** Sets how many units of an item a draft orders; 0 removes the line. */
    @PreAuthorize(StockService.WRITE)
    @Transactional
    public void setLine(long siteId, long orderId, long itemId, int quantity) {
        CurrentUser.requireSite(siteId);
        PurchaseOrder o = find(siteId, orderId);
        requireStatus(o, PurchaseOrderStatus.DRAFT);
        items.findByIdAndSiteId(itemId, siteId).orElseThrow(() -> new BusinessException("itemId", "error.notFound"));
        if (quantity < 0 || quantity > PurchaseOrderLine.QUANTITY_MAX) {
            throw new BusinessException("quantity", "po.error.quantity");
        }
        PurchaseOrderLine line = o.lines().stream().filter(l -> l.getItemId() == itemId).findFirst().orElse(null);
        if (quantity == 0) {
            if (line != null) {
                o.lines().remove(line);
            }
        } else if (line == null) {
            o.lines().add(new PurchaseOrderLine(itemId, quantity));
        } else {
            line.setQuantityOrdered(quantity);
        }
        orders.saveAndFlush(o);
    }

    /** Sends a draft: it becomes ordered, with the date the goods are expected (optional). */
    @PreAuthorize(StockService.WRITE)
    @Transactional
    public void place(long siteId, long orderId, @Nullable LocalDate expectedDate, @Nullable String note) {
        CurrentUser.requireSite(siteId);
        PurchaseOrder o = find(siteId, orderId);
        requireStatus(o, PurchaseOrderStatus.DRAFT);
        if (o.lines().isEmpty()) {
            throw new BusinessException("po.error.noLines");
        }
        if (note != null && note.length() > PurchaseOrder.NOTE_MAX) {
            throw new BusinessException("note", "stock.error.tooLong", PurchaseOrder.NOTE_MAX);
        }
        PlainTextValidator.require("note", note, false);
        o.setStatus(PurchaseOrderStatus.ORDERED);
        o.setOrderedAt(clock.instant());
        o.setExpectedDate(expectedDate);
        o.setNote(note == null || note.isBlank() ? null : note.strip());
        orders.saveAndFlush(o);
    }

    /**
     * Books what arrived: one receipt movement per line (into the given lot for lot-tracked items),
     * then the order is partly received or received.
     */
    @PreAuthorize(StockService.WRITE)
    @Transactional
    public void receive(long siteId, long orderId, List<ReceiptLine> receipts) {
        CurrentUser.requireSite(siteId);
        PurchaseOrder o = find(siteId, orderId);
        if (!o.getStatus().open()) {
            throw new BusinessException(NO_FIELD, "po.error.status");
        }
        SiteInfo site = siteService.site(siteId);
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, site.zone());
        boolean any = false;
        for (ReceiptLine r : receipts) {
            if (r.quantity() == 0) {
                continue;
            }
            PurchaseOrderLine line = o.line(r.lineId()).orElseThrow(() -> new BusinessException("error.notFound"));
            Item item = items.findByIdAndSiteId(line.getItemId(), siteId).orElseThrow();
            if (r.quantity() < 0 || r.quantity() > line.getQuantityOpen()) {
                throw new BusinessException("quantity", "po.error.overReceipt", item.getName(), line.getQuantityOpen());
            }
            Lot lot = item.isLotTracked() ? stockService.lotFor(item, r.lotNumber(), r.expiryDate(), today) : null;
            ledger.add(item, lot, MovementKind.RECEIPT, r.quantity(), new Ledger.Entry(now, null, null, null, line.getId()));
            line.receive(r.quantity());
            any = true;
        }
        if (!any) {
            throw new BusinessException("po.error.nothingReceived");
        }
        o.setStatus(o.fullyReceived() ? PurchaseOrderStatus.RECEIVED : PurchaseOrderStatus.PARTLY_RECEIVED);
        orders.saveAndFlush(o);
    }

    /** Cancels a draft or an order still (partly) expected; what was received stays in stock. */
    @PreAuthorize(StockService.WRITE)
    @Transactional
    public void cancel(long siteId, long orderId) {
        CurrentUser.requireSite(siteId);
        PurchaseOrder o = find(siteId, orderId);
        if (o.getStatus() != PurchaseOrderStatus.DRAFT && !o.getStatus().open()) {
            throw new BusinessException(NO_FIELD, "po.error.status");
        }
        o.setStatus(PurchaseOrderStatus.CANCELLED);
        orders.saveAndFlush(o);
    }

    /** The order as CSV (semicolon-separated, for spreadsheet programs in German and English locales). */
    @PreAuthorize(StockService.READ)
    @Transactional(readOnly = true)
    public String csv(long siteId, long orderId) {
        PurchaseOrderDetail d = order(siteId, orderId);
        StringBuilder sb = new StringBuilder();
        sb.append("order;site;supplier;status;ordered_at;expected;item;unit;pack_size;packs;quantity_ordered;quantity_received\n");
        for (PurchaseOrderDetail.Line l : d.lines()) {
            sb.append(d.id()).append(';').append(csv(d.siteName())).append(';').append(csv(d.supplierName())).append(';')
                    .append(d.status()).append(';').append(d.orderedAt() == null ? "" : d.orderedAt()).append(';')
                    .append(d.expectedDate() == null ? "" : d.expectedDate()).append(';').append(csv(l.itemName()))
                    .append(';').append(l.unit()).append(';').append(l.packSize()).append(';')
                    .append((l.ordered() + l.packSize() - 1) / l.packSize()).append(';').append(l.ordered()).append(';')
                    .append(l.received()).append('\n');
        }
        return sb.toString();
    }

    private static String csv(String value) {
        String v = value;
        // A leading formula character would be executed by spreadsheet programs.
        if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.contains(";") || v.contains("\"") || v.contains("\n")) {
            return "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }

    private PurchaseOrder find(long siteId, long orderId) {
        return orders.findByIdAndSiteId(orderId, siteId).orElseThrow(() -> new BusinessException("error.notFound"));
    }

    private static void requireStatus(PurchaseOrder o, PurchaseOrderStatus status) {
        if (o.getStatus() != status) {
            throw new BusinessException(NO_FIELD, "po.error.status");
        }
    }

    private Map<Long, String> supplierNames() {
        Map<Long, String> names = new HashMap<>();
        suppliers.findAll().forEach(s -> names.put(s.getId(), s.getName()));
        return names;
    }
}

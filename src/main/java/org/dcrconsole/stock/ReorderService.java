package org.dcrconsole.stock;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dcrconsole.base.BusinessException;
import org.dcrconsole.security.CurrentUser;
import org.dcrconsole.site.OpeningDay;
import org.dcrconsole.site.SiteInfo;
import org.dcrconsole.site.SiteService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reorder list of a site and the draft purchase orders made from it. The forecast is
 * described on {@link Forecast}: per day the open booth-hours the site plans (opening hours,
 * booths in service, planned closures) × the use per booth-hour of the last 28 days; a site
 * without a plan keeps the larger of the 28-day average and the weekday profile of 8 weeks.
 */
@Service
public class ReorderService {

    /** A refusal about the whole record, not one field. */
    private static final String NO_FIELD = null;

    private static final EnumSet<PurchaseOrderStatus> OPEN = EnumSet.of(PurchaseOrderStatus.ORDERED,
            PurchaseOrderStatus.PARTLY_RECEIVED);

    private final ItemRepository items;
    private final SupplierRepository suppliers;
    private final StockBalanceRepository balances;
    private final PurchaseOrderRepository orders;
    private final Consumption consumption;
    private final Transit transit;
    private final SiteService siteService;
    private final Clock clock;

    ReorderService(ItemRepository items, SupplierRepository suppliers, StockBalanceRepository balances,
                   PurchaseOrderRepository orders, Consumption consumption, Transit transit, SiteService siteService,
                   Clock clock) {
        this.transit = transit;
        this.items = items;
        this.suppliers = suppliers;
        this.balances = balances;
        this.orders = orders;
        this.consumption = consumption;
        this.siteService = siteService;
        this.clock = clock;
    }

    /**
     * Every active item at or under its reorder point, or projected to fall to it within its lead
     * time, earliest stock-out first. The suggested quantity tops stock on hand plus stock on
     * order plus stock in transit to the site up to the target level, rounded up to whole packs.
     * Each line carries two stock-out dates: from stock on hand alone, and counting deliveries.
     */
    @PreAuthorize(StockService.READ)
    @Transactional(readOnly = true)
    public List<ReorderLine> reorderList(long siteId) {
        CurrentUser.requireSite(siteId);
        SiteInfo site = siteService.site(siteId);
        LocalDate today = LocalDate.now(clock.withZone(site.zone()));
        Map<Long, Integer> onHand = new HashMap<>();
        balances.findBySiteId(siteId).forEach(b -> onHand.merge(b.getItemId(), b.getQuantity(), Integer::sum));
        Map<Long, Integer> onOrder = new HashMap<>();
        for (Object[] row : orders.openQuantities(siteId, OPEN)) {
            onOrder.put((Long) row[0], ((Number) row[1]).intValue());
        }
        List<Item> all = items.findBySiteIdOrderByName(siteId);
        Map<Long, Integer> leadTimes = new HashMap<>();
        all.forEach(i -> leadTimes.put(i.getId(), i.getLeadTimeDays()));
        Map<Long, Map<LocalDate, Integer>> arrivals = new HashMap<>();
        for (Object[] row : orders.openDeliveries(siteId, OPEN)) {
            long itemId = (Long) row[0];
            LocalDate expected = (LocalDate) row[1];
            if (expected == null) {
                int lead = leadTimes.getOrDefault(itemId, 0);
                expected = LocalDate.ofInstant((java.time.Instant) row[2], site.zone()).plusDays(lead);
            }
            arrivals.computeIfAbsent(itemId, k -> new HashMap<>()).merge(expected, ((Number) row[3]).intValue(),
                    Integer::sum);
        }
        Map<Long, InTransit> inTransit = transit.of(siteId);
        inTransit.forEach((itemId, t) -> {
            if (t.inbound() > 0) {
                arrivals.computeIfAbsent(itemId, k -> new HashMap<>()).merge(today.plusDays(1), t.inbound(),
                        Integer::sum);
            }
        });
        Map<Long, String> supplierNames = new HashMap<>();
        suppliers.findAll().forEach(s -> supplierNames.put(s.getId(), s.getName()));
        double[] boothHours = siteService.openingPlan(siteId, today.minusDays(Forecast.HISTORY_DAYS),
                today.plusDays(Forecast.HORIZON_DAYS)).stream().mapToDouble(OpeningDay::boothHours).toArray();
        Map<Long, Forecast> forecasts = consumption.forecasts(siteId, site.zone(), today, boothHours);
        Forecast none = Consumption.none(today);
        List<ReorderLine> lines = new ArrayList<>();
        for (Item item : all) {
            if (!item.isActive()) {
                continue;
            }
            Forecast f = forecasts.getOrDefault(item.getId(), none);
            int have = onHand.getOrDefault(item.getId(), 0);
            int ordered = onOrder.getOrDefault(item.getId(), 0);
            int coming = inTransit.getOrDefault(item.getId(), InTransit.NONE).inbound();
            boolean under = have <= item.getReorderPoint();
            boolean soon = have - f.useWithin(item.getLeadTimeDays()) <= item.getReorderPoint();
            if (!under && !soon) {
                continue;
            }
            lines.add(new ReorderLine(item.getId(), item.getName(), item.getCategory(), item.getSupplierId(),
                    item.getSupplierId() == null ? null : supplierNames.get(item.getSupplierId()), item.getPackSize(),
                    have, ordered, item.getReorderPoint(), item.getTargetLevel(), item.getLeadTimeDays(),
                    f.averageDailyUse(), f.dailyForecast(), f.daysOfCover(have).orElse(null),
                    f.stockOutDate(have).orElse(null),
                    suggested(item.getTargetLevel(), have, ordered + coming, item.getPackSize()), coming,
                    f.stockOutDate(have, arrivals.getOrDefault(item.getId(), Map.of())).orElse(null),
                    f.planned() ? f.plannedBoothHoursPerDay() : null, f.planned() ? f.perBoothHour() : null));
        }
        lines.sort(Comparator.comparing((ReorderLine l) -> l.stockOutDate() == null ? LocalDate.MAX
                : l.stockOutDate()).thenComparing(ReorderLine::itemName));
        return lines;
    }

    /**
     * Turns selected reorder lines into draft purchase orders, one per supplier, each line with
     * its suggested quantity. Lines suggesting nothing are skipped.
     *
     * @return the ids of the new draft orders
     * @throws BusinessException when a selected item has no supplier
     */
    @PreAuthorize(StockService.WRITE)
    @Transactional
    public List<Long> createDrafts(long siteId, Collection<Long> itemIds) {
        CurrentUser.requireSite(siteId);
        Map<Long, Map<Long, Integer>> bySupplier = new LinkedHashMap<>();
        for (ReorderLine line : reorderList(siteId)) {
            if (!itemIds.contains(line.itemId()) || line.suggestedQuantity() == 0) {
                continue;
            }
            if (line.supplierId() == null) {
                throw new BusinessException(NO_FIELD, "reorder.error.noSupplier", line.itemName());
            }
            bySupplier.computeIfAbsent(line.supplierId(), k -> new LinkedHashMap<>())
                    .put(line.itemId(), line.suggestedQuantity());
        }
        if (bySupplier.isEmpty()) {
            throw new BusinessException("reorder.error.nothingToOrder");
        }
        List<Long> ids = new ArrayList<>();
        bySupplier.forEach((supplierId, quantities) -> {
            PurchaseOrder order = new PurchaseOrder(siteId, supplierId);
            quantities.forEach((itemId, q) -> order.lines().add(new PurchaseOrderLine(itemId, q)));
            ids.add(orders.save(order).getId());
        });
        return ids;
    }

    /** Units to order so that on hand plus on order reaches the target, in whole packs; never negative. */
    static int suggested(int targetLevel, int onHand, int onOrder, int packSize) {
        int missing = targetLevel - onHand - onOrder;
        if (missing <= 0) {
            return 0;
        }
        return (missing + packSize - 1) / packSize * packSize;
    }
}

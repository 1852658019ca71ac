package org.dcrconsole.stock;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.dcrconsole.TestUsers;
import org.dcrconsole.base.supply.Supply;
import org.dcrconsole.security.Role;
import org.dcrconsole.security.SignedInUser;
import org.dcrconsole.site.Site;
import org.dcrconsole.site.SiteService;
import org.jspecify.annotations.Nullable;

/** Seeds what the stock tests assert on: a site of their own, a supplier and items. */
public class StockFixture {

    private static final AtomicInteger SEQ = new AtomicInteger();

    private final SiteService siteService;
    private final StockService stockService;

    public StockFixture(SiteService siteService, StockService stockService) {
        this.siteService = siteService;
        this.stockService = stockService;
    }

    /** Creates a site with a unique name, signed in as an administrator, and signs out again. */
    public long newSite(String prefix) {
        try {
            return TestUsers.as(TestUsers.user("fixture-admin", List.of(), Role.ADMIN), () -> {
                Site site = new Site();
                site.setName(prefix + " " + UUID.randomUUID().toString().substring(0, 8));
                site.setCity("Testcity");
                return siteService.saveSite(site).getId();
            });
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Signs in a stock keeper holding the given sites (stays signed in). */
    public static SignedInUser keeper(Long... siteIds) {
        return TestUsers.signIn("keeper" + SEQ.incrementAndGet(), List.of(siteIds), Role.STOCK_KEEPER);
    }

    public Supplier supplier() {
        Supplier s = new Supplier();
        s.setName("Supplier " + UUID.randomUUID().toString().substring(0, 8));
        s.setContact("orders@example.org");
        return stockService.saveSupplier(s);
    }

    /** Creates an item at the site as the signed-in stock keeper. */
    public Item item(long siteId, String name, boolean lotTracked, @Nullable Supply supply, @Nullable Long supplierId,
                     int packSize, int reorderPoint, int targetLevel, int leadTimeDays) {
        Item item = new Item();
        item.setName(name);
        item.setCategory(lotTracked ? ItemCategory.NALOXONE : ItemCategory.INJECTION);
        item.setUnit(ItemUnit.PIECE);
        item.setLotTracked(lotTracked);
        item.setSupply(supply);
        item.setSupplierId(supplierId);
        item.setPackSize(packSize);
        item.setReorderPoint(reorderPoint);
        item.setTargetLevel(targetLevel);
        item.setLeadTimeDays(leadTimeDays);
        return stockService.saveItem(siteId, item);
    }

    /** An item with a network code (the link to the same item at other sites), as the signed-in keeper. */
    public Item linked(long siteId, String name, String code, boolean lotTracked) {
        Item item = new Item();
        item.setName(name);
        item.setCode(code);
        item.setCategory(lotTracked ? ItemCategory.NALOXONE : ItemCategory.INJECTION);
        item.setUnit(ItemUnit.PIECE);
        item.setLotTracked(lotTracked);
        item.setPackSize(1);
        item.setTargetLevel(100);
        item.setReorderPoint(10);
        return stockService.saveItem(siteId, item);
    }

    public Item simpleItem(long siteId, String name) {
        return item(siteId, name, false, null, null, 1, 0, 0, 7);
    }

    /**
     * Creates a site open every day 10:00–20:00 with {@code booths} booths in service, so the
     * forecast follows its plan (10 × booths open booth-hours a day).
     */
    public long plannedSite(String prefix, int booths) {
        try {
            return TestUsers.as(TestUsers.user("fixture-admin", List.of(), Role.ADMIN), () -> {
                Site site = new Site();
                site.setName(prefix + " " + UUID.randomUUID().toString().substring(0, 8));
                site.setCity("Testcity");
                site.setOpeningHours(java.util.Arrays.stream(java.time.DayOfWeek.values())
                        .map(d -> new org.dcrconsole.site.OpeningHours(d, java.time.LocalTime.of(10, 0),
                                java.time.LocalTime.of(20, 0))).toList());
                long id = siteService.saveSite(site).getId();
                for (int i = 1; i <= booths; i++) {
                    org.dcrconsole.site.Booth booth = new org.dcrconsole.site.Booth();
                    booth.setSiteId(id);
                    booth.setLabel("F" + i);
                    siteService.saveBooth(booth);
                }
                return id;
            });
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Plans a closure of the site from first to last day, as an administrator. */
    public void closure(long siteId, java.time.LocalDate first, java.time.LocalDate last, String reason) {
        try {
            TestUsers.as(TestUsers.user("fixture-admin", List.of(), Role.ADMIN), () -> {
                org.dcrconsole.site.SiteClosure c = new org.dcrconsole.site.SiteClosure(siteId);
                c.setFirstDay(first);
                c.setLastDay(last);
                c.setReason(reason);
                return siteService.saveClosure(c);
            });
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}

package org.dcrconsole.demo;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import org.dcrconsole.base.supply.Supply;
import org.dcrconsole.stock.Item;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The stock of the demo network: a realistic harm-reduction catalogue per site, suppliers, and
 * {@code days} of ledger history simulated day by day so that balances never go negative: daily
 * dispenses (taken from the booth feature's {@code visit_supply} when that table exists,
 * otherwise at SPEC rates), orders placed when stock reaches the reorder point and received after
 * the lead time (lots and expiry for tracked items, earliest expiry taken first), orders still on
 * their way, a draft, a few items left low and one naloxone lot close to expiry.
 */
@Component
class StockDemoData implements DemoStep {

    private static final Logger log = LoggerFactory.getLogger(StockDemoData.class);

    /** One catalogue line; {@code perEpisode} is units dispensed or used per consumption episode. */
    private record Spec(String name, String category, String unit, int pack, int supplier, Supply supply,
                        boolean lots, int shelfLifeDays, double perEpisode, int leadTime) {
    }

    private static final List<String> SUPPLIERS = List.of("MediDirekt GmbH", "Harm Reduction Supplies Europe",
            "Apotheke am Dom", "Sanitätshaus Weber");

    private static final List<Spec> CATALOGUE = List.of(
            new Spec("Syringe 1 ml (insulin type)", "INJECTION", "PIECE", 100, 0, Supply.SYRINGE_1ML, false, 0, 0.30, 5),
            new Spec("Syringe 2 ml", "INJECTION", "PIECE", 100, 0, Supply.SYRINGE_2ML, false, 0, 0.14, 5),
            new Spec("Needle 26G brown", "INJECTION", "PIECE", 100, 0, Supply.NEEDLE, false, 0, 0.28, 5),
            new Spec("Needle 23G blue", "INJECTION", "PIECE", 100, 0, null, false, 0, 0.05, 5),
            new Spec("Needle 21G green", "INJECTION", "PIECE", 100, 0, null, false, 0, 0.02, 5),
            new Spec("Filter (membrane)", "INJECTION", "PIECE", 100, 1, Supply.FILTER, false, 0, 0.42, 10),
            new Spec("Cooker (Stericup)", "INJECTION", "PIECE", 100, 1, Supply.COOKER, false, 0, 0.42, 10),
            new Spec("Ascorbic acid sachet", "INJECTION", "SACHET", 100, 1, Supply.ASCORBIC_ACID, false, 0, 0.18, 10),
            new Spec("Sterile water 2 ml", "INJECTION", "AMPOULE", 100, 0, Supply.STERILE_WATER, true, 720, 0.42, 5),
            new Spec("Alcohol swab", "HYGIENE", "PIECE", 200, 0, Supply.ALCOHOL_SWAB, false, 0, 0.90, 5),
            new Spec("Smoking foil sheet", "INHALATION", "PIECE", 100, 1, Supply.FOIL, false, 0, 0.45, 10),
            new Spec("Glass pipe", "INHALATION", "PIECE", 50, 1, Supply.PIPE, false, 0, 0.12, 10),
            new Spec("Naloxone nasal spray kit", "NALOXONE", "KIT", 2, 2, null, true, 540, 0.004, 3),
            new Spec("Naloxone 0.4 mg ampoule", "NALOXONE", "AMPOULE", 10, 2, null, true, 900, 0.003, 3),
            new Spec("Oxygen mask (adult)", "MEDICAL", "PIECE", 10, 3, null, false, 0, 0.002, 7),
            new Spec("Nitrile gloves M (box)", "HYGIENE", "PIECE", 10, 3, null, false, 0, 0.012, 7),
            new Spec("Sharps bin 2 l", "HYGIENE", "PIECE", 20, 3, null, false, 0, 0.008, 7));

    private static final Map<String, Integer> EPISODES = Map.of(DemoContext.CENTRAL, 200, DemoContext.RIVERSIDE, 80);
    /** Items left to run low in the last weeks: the reorder list has something to show. */
    private static final Map<String, List<String>> LEFT_LOW = Map.of(
            DemoContext.CENTRAL, List.of("Glass pipe", "Cooker (Stericup)"),
            DemoContext.RIVERSIDE, List.of("Syringe 2 ml"));
    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;

    StockDemoData(JdbcTemplate jdbc, TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.tx = tx;
    }

    @Override
    public int order() {
        return 300;
    }

    @Override
    public void run(DemoContext context) {
        tx.executeWithoutResult(status -> generate(context));
    }

    private void generate(DemoContext context) {
        Random random = context.random("stock");
        List<Long> supplierIds = new ArrayList<>();
        for (String name : SUPPLIERS) {
            List<Long> existing = jdbc.queryForList("SELECT id FROM stock_supplier WHERE name = ?", Long.class, name);
            supplierIds.add(!existing.isEmpty() ? existing.getFirst()
                    : insert("INSERT INTO stock_supplier (name, contact, created_at, created_by) VALUES (?, ?, ?, 'system')",
                    name, "orders@" + name.toLowerCase().replaceAll("[^a-z]", "") + ".example", now(context)));
        }
        Map<Long, Map<LocalDate, Map<Supply, Integer>>> handedOut = visitSupplies(context);
        for (Map.Entry<String, Long> site : context.siteIds().entrySet()) {
            new SiteSimulation(context, random, site.getKey(), site.getValue(), supplierIds,
                    handedOut.get(site.getValue())).run();
        }
        // The balance is derived from the ledger just written, so the two agree by construction.
        jdbc.update("INSERT INTO stock_balance (site_id, item_id, lot_id, lot_key, quantity) "
                + "SELECT site_id, item_id, lot_id, COALESCE(lot_id, 0), SUM(quantity) FROM stock_movement "
                + "WHERE site_id IN (" + String.join(",", context.siteIds().values().stream().map(String::valueOf).toList())
                + ") GROUP BY site_id, item_id, lot_id");
    }

    /**
     * Supplies handed out per site, day and kind, from the booth feature's visits when its tables
     * exist (one GROUP BY); empty otherwise, and the simulation uses SPEC rates instead.
     */
    private Map<Long, Map<LocalDate, Map<Supply, Integer>>> visitSupplies(DemoContext context) {
        Map<Long, Map<LocalDate, Map<Supply, Integer>>> result = new HashMap<>();
        if (!tableExists("visit_supply") || !tableExists("visit")) {
            return result;
        }
        try {
            jdbc.query("SELECT v.site_id, CAST(v.started_at AS DATE) AS visit_day, s.supply, SUM(s.quantity) AS total "
                    + "FROM visit v JOIN visit_supply s ON s.visit_id = v.id GROUP BY v.site_id, CAST(v.started_at AS DATE), s.supply",
                    (ResultSet rs) -> {
                        Supply supply;
                        try {
                            supply = Supply.valueOf(rs.getString("supply"));
                        } catch (IllegalArgumentException e) {
                            return;
                        }
                        result.computeIfAbsent(rs.getLong("site_id"), k -> new HashMap<>())
                                .computeIfAbsent(rs.getObject("visit_day", LocalDate.class), k -> new EnumMap<>(Supply.class))
                                .merge(supply, rs.getInt("total"), Integer::sum);
                    });
        } catch (DataAccessException e) {
            log.info("Visit supplies not readable ({}); stock demo uses SPEC rates", e.getMostSpecificCause().getMessage());
            result.clear();
        }
        return result;
    }

    private boolean tableExists(String name) {
        Boolean found = jdbc.execute((java.sql.Connection c) -> {
            for (String candidate : List.of(name, name.toUpperCase())) {
                try (ResultSet rs = c.getMetaData().getTables(null, null, candidate, new String[] {"TABLE"})) {
                    if (rs.next()) {
                        return true;
                    }
                }
            }
            return false;
        });
        return Boolean.TRUE.equals(found);
    }

    private Long insert(String sql, Object... args) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.update(c -> {
            PreparedStatement ps = c.prepareStatement(sql, new String[] {"id"});
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            return ps;
        }, keys);
        return Objects.requireNonNull(keys.getKey()).longValue();
    }

    private static OffsetDateTime at(LocalDate day, int hour, int minute) {
        return day.atTime(LocalTime.of(hour, minute)).atZone(ZONE).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
    }

    private static OffsetDateTime now(DemoContext context) {
        return OffsetDateTime.now(context.clock()).withOffsetSameInstant(ZoneOffset.UTC);
    }

    /** One site's history, simulated day by day. */
    private final class SiteSimulation {

        private final DemoContext context;
        private final Random random;
        private final String siteName;
        private final long siteId;
        private final List<Long> supplierIds;
        private final Map<LocalDate, Map<Supply, Integer>> handedOut;
        private final double episodesPerDay;
        private final Map<Spec, Long> itemIds = new LinkedHashMap<>();
        private final Map<Spec, int[]> levels = new HashMap<>();
        /** On hand per item: lot id (0 = no lot) → quantity, in expiry order. */
        private final Map<Spec, LinkedHashMap<Long, Integer>> stock = new HashMap<>();
        private final Map<Long, LocalDate> lotExpiry = new HashMap<>();
        private final Map<Spec, Integer> onOrder = new HashMap<>();
        /** Deliveries by arrival day: line id, item, quantity. */
        private final Map<LocalDate, List<Object[]>> arrivals = new HashMap<>();
        private final Map<Long, List<Long>> linesOfOrder = new HashMap<>();
        private final List<Object[]> movements = new ArrayList<>();
        private int lotSeq;

        SiteSimulation(DemoContext context, Random random, String siteName, long siteId, List<Long> supplierIds,
                       Map<LocalDate, Map<Supply, Integer>> handedOut) {
            this.context = context;
            this.random = random;
            this.siteName = siteName;
            this.siteId = siteId;
            this.supplierIds = supplierIds;
            this.handedOut = handedOut == null ? Map.of() : handedOut;
            this.episodesPerDay = EPISODES.getOrDefault(siteName, 100) * context.volume();
        }

        void run() {
            LocalDate today = context.today();
            LocalDate first = today.minusDays(Math.max(context.days(), 1));
            createItems();
            for (Spec spec : CATALOGUE) {
                receive(spec, levels.get(spec)[1], first.minusDays(1), null);
            }
            for (LocalDate day = first; day.isBefore(today); day = day.plusDays(1)) {
                deliver(day);
                consume(day);
                reorder(day, today);
            }
            nearExpiryNaloxone(today);
            draftOrder(today);
            jdbc.batchUpdate("INSERT INTO stock_movement (site_id, item_id, lot_id, kind, quantity, reason, po_line_id, "
                    + "occurred_at, recorded_at, recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", movements);
        }

        private void createItems() {
            for (Spec spec : CATALOGUE) {
                // levels follow what the demo visits really hand out, so mapped supplies never run dry
                double visitDaily = spec.supply() == null || handedOut.isEmpty() ? 0
                        : handedOut.values().stream().mapToInt(m -> m.getOrDefault(spec.supply(), 0)).sum()
                                / (double) handedOut.size();
                double daily = Math.max(Math.max(spec.perEpisode() * episodesPerDay, visitDaily), 0.2);
                int reorderPoint = roundUp((int) Math.ceil(daily * (spec.leadTime() + 4)), spec.pack());
                int target = reorderPoint + roundUp((int) Math.ceil(daily * 21), spec.pack());
                // the same code at both sites links the items for transfers
                long id = insert("INSERT INTO stock_item (site_id, name, code, category, unit, pack_size, supplier_id, "
                                + "reorder_point, target_level, lead_time_days, lot_tracked, supply, active, created_at, "
                                + "created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, TRUE, ?, 'system')",
                        siteId, spec.name(), Item.normaliseCode(spec.name()), spec.category(), spec.unit(), spec.pack(),
                        supplierIds.get(spec.supplier()),
                        reorderPoint, target, spec.leadTime(), spec.lots(), spec.supply() == null ? null : spec.supply().name(),
                        now(context));
                itemIds.put(spec, id);
                levels.put(spec, new int[] {reorderPoint, target});
                stock.put(spec, new LinkedHashMap<>());
                onOrder.put(spec, 0);
            }
        }

        private void consume(LocalDate day) {
            double weekday = switch (day.getDayOfWeek()) {
                case FRIDAY, SATURDAY -> 1.15;
                case SUNDAY -> 0.85;
                default -> 1.0;
            };
            double episodes = episodesPerDay * weekday * (0.9 + 0.2 * random.nextDouble());
            Map<Supply, Integer> fromVisits = handedOut.get(day);
            for (Spec spec : CATALOGUE) {
                int wanted;
                if (fromVisits != null && spec.supply() != null) {
                    wanted = fromVisits.getOrDefault(spec.supply(), 0);
                } else {
                    double mean = spec.perEpisode() * episodes;
                    wanted = (int) Math.floor(mean + random.nextDouble());
                }
                String kind = spec.supply() != null ? "DISPENSE" : "USE";
                take(spec, wanted, day, kind, at(day, 20, 30), "staff");
                if (spec.lots()) {
                    expire(spec, day);
                }
            }
        }

        /** Takes up to {@code wanted} units, earliest expiry first; never more than is on hand. */
        private void take(Spec spec, int wanted, LocalDate day, String kind, OffsetDateTime when, String user) {
            int remaining = wanted;
            for (Map.Entry<Long, Integer> lot : stock.get(spec).entrySet()) {
                if (remaining == 0) {
                    break;
                }
                if (lot.getKey() != 0 && lotExpiry.get(lot.getKey()).isBefore(day)) {
                    continue;
                }
                int n = Math.min(remaining, lot.getValue());
                if (n > 0) {
                    lot.setValue(lot.getValue() - n);
                    remaining -= n;
                    movement(spec, lot.getKey(), kind, -n, null, null, when, user);
                }
            }
            stock.get(spec).values().removeIf(q -> q == 0);
        }

        private void expire(Spec spec, LocalDate day) {
            for (Map.Entry<Long, Integer> lot : stock.get(spec).entrySet()) {
                if (lot.getKey() != 0 && lotExpiry.get(lot.getKey()).isBefore(day) && lot.getValue() > 0) {
                    movement(spec, lot.getKey(), "WASTE", -lot.getValue(), "expired " + lotExpiry.get(lot.getKey()), null,
                            at(day, 10, 0), "stock");
                    lot.setValue(0);
                }
            }
            stock.get(spec).values().removeIf(q -> q == 0);
        }

        private void reorder(LocalDate day, LocalDate today) {
            Map<Integer, List<Object[]>> bySupplier = new LinkedHashMap<>();
            for (Spec spec : CATALOGUE) {
                int have = onHand(spec);
                int[] level = levels.get(spec);
                boolean holdBack = LEFT_LOW.getOrDefault(siteName, List.of()).contains(spec.name())
                        && !day.isBefore(today.minusDays(21));
                if (holdBack || have + onOrder.get(spec) > level[0]) {
                    continue;
                }
                int quantity = roundUp(level[1] - have - onOrder.get(spec), spec.pack());
                if (quantity > 0) {
                    bySupplier.computeIfAbsent(spec.supplier(), k -> new ArrayList<>()).add(new Object[] {spec, quantity});
                }
            }
            bySupplier.forEach((supplier, lines) -> {
                int lead = lines.stream().mapToInt(l -> ((Spec) l[0]).leadTime()).max().orElse(5);
                LocalDate arrival = day.plusDays(lead);
                boolean arrived = arrival.isBefore(today);
                long orderId = insert("INSERT INTO stock_purchase_order (site_id, supplier_id, status, ordered_at, "
                                + "expected_date, created_at, created_by, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, 'stock', ?, 'stock')",
                        siteId, supplierIds.get(supplier), arrived ? "RECEIVED" : "ORDERED", at(day, 9, 15), arrival,
                        at(day, 9, 0), at(arrived ? arrival : day, 9, 15));
                for (Object[] l : lines) {
                    Spec spec = (Spec) l[0];
                    int quantity = (Integer) l[1];
                    long lineId = insert("INSERT INTO stock_po_line (order_id, item_id, quantity_ordered, quantity_received, "
                                    + "created_at, created_by) VALUES (?, ?, ?, ?, ?, 'stock')",
                            orderId, itemIds.get(spec), quantity, arrived ? quantity : 0, at(day, 9, 0));
                    onOrder.merge(spec, quantity, Integer::sum);
                    arrivals.computeIfAbsent(arrival, k -> new ArrayList<>()).add(new Object[] {lineId, spec, quantity});
                    linesOfOrder.computeIfAbsent(orderId, k -> new ArrayList<>()).add(lineId);
                }
            });
        }

        private void deliver(LocalDate day) {
            for (Object[] a : arrivals.getOrDefault(day, List.of())) {
                Spec spec = (Spec) a[1];
                int quantity = (Integer) a[2];
                receive(spec, quantity, day, (Long) a[0]);
                onOrder.merge(spec, -quantity, Integer::sum);
            }
        }

        private void receive(Spec spec, int quantity, LocalDate day, Long lineId) {
            long lot = 0;
            if (spec.lots()) {
                LocalDate expiry = day.plusDays(spec.shelfLifeDays() - random.nextInt(Math.max(spec.shelfLifeDays() / 4, 1)));
                lot = newLot(spec, expiry, day);
            }
            stock.get(spec).merge(lot, quantity, Integer::sum);
            sortByExpiry(spec);
            movement(spec, lot, "RECEIPT", quantity, null, lineId, at(day, 9, 30), "stock");
        }

        private long newLot(Spec spec, LocalDate expiry, LocalDate day) {
            String number = spec.name().substring(0, 3).toUpperCase() + "-" + day.getYear() % 100
                    + "%02d".formatted(day.getMonthValue()) + "-" + "%03d".formatted(++lotSeq);
            long lot = insert("INSERT INTO stock_lot (site_id, item_id, lot_number, expiry_date, created_at, created_by) "
                    + "VALUES (?, ?, ?, ?, ?, 'stock')", siteId, itemIds.get(spec), number, expiry, at(day, 9, 30));
            lotExpiry.put(lot, expiry);
            return lot;
        }

        private void sortByExpiry(Spec spec) {
            List<Map.Entry<Long, Integer>> entries = new ArrayList<>(stock.get(spec).entrySet());
            entries.sort(Map.Entry.comparingByKey(java.util.Comparator.comparing(
                    (Long lot) -> lot == 0 ? LocalDate.MAX : lotExpiry.get(lot))));
            stock.get(spec).clear();
            entries.forEach(e -> stock.get(spec).put(e.getKey(), e.getValue()));
        }

        /** The first site gets a small naloxone delivery that expires within the warning window. */
        private void nearExpiryNaloxone(LocalDate today) {
            if (!DemoContext.CENTRAL.equals(siteName)) {
                return;
            }
            Spec kits = CATALOGUE.stream().filter(s -> s.name().startsWith("Naloxone nasal")).findFirst().orElseThrow();
            LocalDate day = today.minusDays(3);
            long lot = newLot(kits, today.plusDays(24 + random.nextInt(7)), day);
            stock.get(kits).merge(lot, 6, Integer::sum);
            movement(kits, lot, "ADJUSTMENT", 6, "returned from outreach team", null, at(day, 15, 0), "stock");
        }

        private void draftOrder(LocalDate today) {
            if (!DemoContext.CENTRAL.equals(siteName)) {
                return;
            }
            Spec gloves = CATALOGUE.stream().filter(s -> s.name().startsWith("Nitrile")).findFirst().orElseThrow();
            long orderId = insert("INSERT INTO stock_purchase_order (site_id, supplier_id, status, note, created_at, created_by) "
                    + "VALUES (?, ?, 'DRAFT', ?, ?, 'stock')", siteId, supplierIds.get(gloves.supplier()),
                    "Add size L when the supplier confirms the price", at(today, 8, 45));
            jdbc.update("INSERT INTO stock_po_line (order_id, item_id, quantity_ordered, created_at, created_by) "
                    + "VALUES (?, ?, ?, ?, 'stock')", orderId, itemIds.get(gloves), gloves.pack() * 2, at(today, 8, 45));
        }

        private int onHand(Spec spec) {
            return stock.get(spec).values().stream().mapToInt(Integer::intValue).sum();
        }

        private void movement(Spec spec, long lot, String kind, int quantity, String reason, Long lineId,
                              OffsetDateTime when, String user) {
            movements.add(new Object[] {siteId, itemIds.get(spec), lot == 0 ? null : lot, kind, quantity, reason, lineId,
                    when, when, user});
        }
    }

    private static int roundUp(int quantity, int pack) {
        return quantity <= 0 ? 0 : (quantity + pack - 1) / pack * pack;
    }
}

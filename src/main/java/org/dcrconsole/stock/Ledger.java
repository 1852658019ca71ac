package org.dcrconsole.stock;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.dcrconsole.base.BusinessException;
import org.dcrconsole.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The only writer of movements and balances. Each posting locks the item's balance rows
 * (SELECT ... FOR UPDATE, in id order), checks the quantity, appends the movement and changes the
 * balance in the caller's transaction, so concurrent postings queue up instead of both passing
 * the check. The CHECK (quantity >= 0) on stock_balance is the last line of defence.
 * Callers are the stock services, which have checked role and site before.
 */
@Component
class Ledger {

    /** What a movement carries besides item, lot, kind and quantity. */
    record Entry(Instant occurredAt, @Nullable String reason, @Nullable Long visitId,
                 @Nullable Long counterpartSiteId, @Nullable Long poLineId, @Nullable Long transferLineId) {

        Entry(Instant occurredAt, @Nullable String reason, @Nullable Long visitId, @Nullable Long counterpartSiteId,
              @Nullable Long poLineId) {
            this(occurredAt, reason, visitId, counterpartSiteId, poLineId, null);
        }

        /** A posting of one transfer line, naming the site at the other end. */
        static Entry transfer(Instant occurredAt, @Nullable String reason, long counterpartSiteId, long transferLineId) {
            return new Entry(occurredAt, reason, null, counterpartSiteId, null, transferLineId);
        }

        static Entry at(Instant occurredAt, @Nullable String reason) {
            return new Entry(occurredAt, reason, null, null, null);
        }
    }

    /** A quantity taken from one lot (or from the item without lot). */
    record Piece(@Nullable Lot lot, int quantity) {
    }

    private final StockBalanceRepository balances;
    private final StockMovementRepository movements;
    private final LotRepository lots;
    private final Clock clock;

    Ledger(StockBalanceRepository balances, StockMovementRepository movements, LotRepository lots, Clock clock) {
        this.balances = balances;
        this.movements = movements;
        this.lots = lots;
        this.clock = clock;
    }

    /** Adds stock to one lot (or the item without lots). */
    @Transactional(propagation = Propagation.MANDATORY)
    StockMovement add(Item item, @Nullable Lot lot, MovementKind kind, int quantity, Entry entry) {
        if (quantity <= 0) {
            throw new BusinessException("quantity", "movement.error.quantity");
        }
        if (quantity > StockMovement.QUANTITY_MAX) {
            throw new BusinessException("quantity", "movement.error.quantityMax", StockMovement.QUANTITY_MAX);
        }
        long itemId = Objects.requireNonNull(item.getId());
        StockBalance balance = balances.lockByItemAndLot(itemId, StockBalance.key(Lot.idOf(lot)))
                .orElseGet(() -> balances.saveAndFlush(new StockBalance(item.getSiteId(), itemId, Lot.idOf(lot))));
        if ((long) balance.getQuantity() + quantity > Integer.MAX_VALUE) {
            throw new BusinessException("quantity", "movement.error.quantityMax", StockMovement.QUANTITY_MAX);
        }
        balance.add(quantity);
        return append(item, lot, kind, quantity, entry);
    }

    /**
     * Takes stock: from the given lot, or, without one, from the lots that expire first (expired
     * lots are skipped), splitting across lots as needed.
     *
     * @throws BusinessException naming the item and the quantity available when stock cannot cover it
     */
    @Transactional(propagation = Propagation.MANDATORY)
    List<Piece> take(Item item, @Nullable Lot lot, MovementKind kind, int quantity, Entry entry, LocalDate today) {
        return take(item, lot, kind, quantity, entry, today, false);
    }

    /**
     * Takes as much of the quantity as stock covers (earliest expiry first), never going below zero.
     * The floor's dispenses use it: what was handed out is handed out, the shortfall is the caller's
     * to book as a discrepancy.
     *
     * @return the quantity taken, between 0 and {@code quantity}
     */
    @Transactional(propagation = Propagation.MANDATORY)
    int takeUpTo(Item item, MovementKind kind, int quantity, Entry entry, LocalDate today) {
        return take(item, null, kind, quantity, entry, today, true).stream().mapToInt(Piece::quantity).sum();
    }

    private List<Piece> take(Item item, @Nullable Lot lot, MovementKind kind, int quantity, Entry entry, LocalDate today,
                             boolean upToAvailable) {
        List<Piece> pieces = new ArrayList<>();
        for (Planned p : planned(item, lot, quantity, today, upToAvailable)) {
            p.balance().add(-p.quantity());
            append(item, p.lot(), kind, -p.quantity(), entry);
            pieces.add(new Piece(p.lot(), p.quantity()));
        }
        return pieces;
    }

    /**
     * Which lots a {@link #take} would take from, without taking: the rows stay locked until the
     * caller's transaction ends, so a take of each piece that follows cannot fail for lack of stock.
     *
     * @throws BusinessException naming the item and the quantity available when stock cannot cover it
     */
    @Transactional(propagation = Propagation.MANDATORY)
    List<Piece> plan(Item item, @Nullable Lot lot, int quantity, LocalDate today) {
        return planned(item, lot, quantity, today, false).stream().map(p -> new Piece(p.lot(), p.quantity())).toList();
    }

    private record Planned(StockBalance balance, @Nullable Lot lot, int quantity) {
    }

    /** The pieces a take would take; with {@code upToAvailable} no more than stock holds, never refusing. */
    private List<Planned> planned(Item item, @Nullable Lot lot, int quantity, LocalDate today,
                                  boolean upToAvailable) {
        if (quantity <= 0) {
            throw new BusinessException("quantity", "movement.error.quantity");
        }
        List<StockBalance> rows = balances.lockByItem(Objects.requireNonNull(item.getId()));
        Map<Long, Lot> lotsById = new HashMap<>();
        List<Long> lotIds = rows.stream().map(StockBalance::getLotId).filter(Objects::nonNull).toList();
        if (!lotIds.isEmpty()) {
            lots.findByIdIn(lotIds).forEach(l -> lotsById.put(l.getId(), l));
        }
        List<StockBalance> candidates;
        if (lot != null) {
            candidates = rows.stream().filter(b -> Objects.equals(b.getLotId(), lot.getId())).toList();
        } else {
            candidates = rows.stream()
                    .filter(b -> b.getQuantity() > 0)
                    .filter(b -> b.getLotId() == null || !lotsById.get(b.getLotId()).expiredOn(today))
                    .sorted(Comparator.comparing((StockBalance b) -> b.getLotId() == null ? LocalDate.MAX
                            : lotsById.get(b.getLotId()).getExpiryDate()).thenComparing(StockBalance::getLotKey))
                    .toList();
        }
        int available = candidates.stream().mapToInt(StockBalance::getQuantity).sum();
        if (upToAvailable) {
            quantity = Math.min(quantity, available);
        }
        if (available < quantity) {
            throw new BusinessException("quantity", "movement.error.insufficient", item.getName(), available);
        }
        List<Planned> result = new ArrayList<>();
        int remaining = quantity;
        for (StockBalance b : candidates) {
            if (remaining == 0) {
                break;
            }
            int n = Math.min(remaining, b.getQuantity());
            if (n == 0) {
                continue;
            }
            result.add(new Planned(b, b.getLotId() == null ? null : lotsById.get(b.getLotId()), n));
            remaining -= n;
        }
        return result;
    }

    /**
     * Sets a balance to a counted quantity by booking the difference as an adjustment.
     *
     * @return the quantity the ledger held before the count
     */
    @Transactional(propagation = Propagation.MANDATORY)
    int countTo(Item item, @Nullable Lot lot, int counted, Entry entry) {
        long itemId = Objects.requireNonNull(item.getId());
        long key = StockBalance.key(Lot.idOf(lot));
        StockBalance balance = balances.lockByItem(itemId).stream().filter(b -> b.getLotKey() == key).findFirst()
                .orElse(null);
        int expected = balance == null ? 0 : balance.getQuantity();
        int difference = counted - expected;
        if (difference != 0) {
            if (balance == null) {
                balance = balances.saveAndFlush(new StockBalance(item.getSiteId(), itemId, Lot.idOf(lot)));
            }
            balance.add(difference);
            append(item, lot, MovementKind.ADJUSTMENT, difference, entry);
        }
        return expected;
    }

    private StockMovement append(Item item, @Nullable Lot lot, MovementKind kind, int signedQuantity, Entry entry) {
        StockMovement m = new StockMovement(Objects.requireNonNull(item.getSiteId()), Objects.requireNonNull(item.getId()),
                Lot.idOf(lot), kind, signedQuantity, entry.reason(), entry.occurredAt(), clock.instant(),
                CurrentUser.username())
                .withVisit(entry.visitId())
                .withCounterpartSite(entry.counterpartSiteId())
                .withPoLine(entry.poLineId())
                .withTransferLine(entry.transferLineId());
        return movements.save(m);
    }
}

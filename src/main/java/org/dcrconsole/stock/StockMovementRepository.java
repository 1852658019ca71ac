package org.dcrconsole.stock;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface StockMovementRepository extends JpaRepository<StockMovement, Long> {

    Slice<StockMovement> findByItemIdAndSiteId(long itemId, long siteId, Pageable pageable);

    List<StockMovement> findBySiteIdAndVisitId(long siteId, long visitId);

    /** Consumption rows (item, time, signed quantity) of a site since a moment; served by (site_id, occurred_at). */
    @Query("select new org.dcrconsole.stock.UseRow(m.itemId, m.occurredAt, m.quantity) from StockMovement m "
            + "where m.siteId = :siteId and m.occurredAt >= :from and m.kind in :kinds")
    List<UseRow> useSince(long siteId, Instant from, Collection<MovementKind> kinds);

    @Query("select m.kind, sum(m.quantity) from StockMovement m where m.siteId = :siteId "
            + "and m.occurredAt >= :from and m.occurredAt < :to group by m.kind")
    List<Object[]> sumByKind(long siteId, Instant from, Instant to);
}

package org.dcrconsole.stock;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PurchaseOrderRepository extends JpaRepository<PurchaseOrder, Long> {

    Optional<PurchaseOrder> findByIdAndSiteId(long id, long siteId);

    Slice<PurchaseOrder> findBySiteId(long siteId, Pageable pageable);

    Slice<PurchaseOrder> findBySiteIdAndStatusIn(long siteId, Collection<PurchaseOrderStatus> statuses, Pageable pageable);

    /** Units still expected per item on ordered or partly received orders of a site. */
    @Query("select l.itemId, sum(l.quantityOrdered - l.quantityReceived) from PurchaseOrder o join o.lines l "
            + "where o.siteId = :siteId and o.status in :statuses group by l.itemId")
    List<Object[]> openQuantities(long siteId, Collection<PurchaseOrderStatus> statuses);

    /** Units still expected per item and order of a site, with the order's expected date and when it was ordered. */
    @Query("select l.itemId, o.expectedDate, o.orderedAt, l.quantityOrdered - l.quantityReceived from PurchaseOrder o "
            + "join o.lines l where o.siteId = :siteId and o.status in :statuses")
    List<Object[]> openDeliveries(long siteId, Collection<PurchaseOrderStatus> statuses);
}

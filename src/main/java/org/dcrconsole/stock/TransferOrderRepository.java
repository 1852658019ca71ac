package org.dcrconsole.stock;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface TransferOrderRepository extends JpaRepository<TransferOrder, Long> {

    /** Transfers sent from or to a site, with line count and units; served by the two site indexes. */
    @Query("select new org.dcrconsole.stock.TransferSummary(t.id, t.fromSiteId, t.toSiteId, t.status, t.note, "
            + "t.createdAt, t.sentAt, t.receivedAt, "
            + "(select count(l) from TransferOrder t2 join t2.lines l where t2 = t), "
            + "(select coalesce(sum(l.quantity), 0) from TransferOrder t2 join t2.lines l where t2 = t)) "
            + "from TransferOrder t where t.fromSiteId = :siteId or t.toSiteId = :siteId")
    Slice<TransferSummary> concerning(long siteId, Pageable pageable);

    @Query("select t from TransferOrder t where t.id = :id and (t.fromSiteId = :siteId or t.toSiteId = :siteId)")
    Optional<TransferOrder> findConcerning(long id, long siteId);

    /** Locks the transfer so that two senders (or receivers) queue up and the second sees the new state. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select t from TransferOrder t where t.id = :id")
    Optional<TransferOrder> lock(long id);

    /** Units leaving a site that are on their way, per sender item. */
    @Query("select l.itemId, sum(l.quantity) from TransferOrder t join t.lines l "
            + "where t.fromSiteId = :siteId and t.status = org.dcrconsole.stock.TransferStatus.SENT group by l.itemId")
    List<Object[]> outboundInTransit(long siteId);

    /** Units on their way to a site, per item code (the receiver's item is found by its code). */
    @Query("select l.itemCode, sum(l.quantity) from TransferOrder t join t.lines l "
            + "where t.toSiteId = :siteId and t.status = org.dcrconsole.stock.TransferStatus.SENT group by l.itemCode")
    List<Object[]> inboundInTransit(long siteId);
}

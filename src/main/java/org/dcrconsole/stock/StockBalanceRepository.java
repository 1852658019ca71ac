package org.dcrconsole.stock;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface StockBalanceRepository extends JpaRepository<StockBalance, Long> {

    /** Locks every balance row of the item, always in id order so that two writers cannot deadlock. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select b from StockBalance b where b.itemId = :itemId order by b.id")
    List<StockBalance> lockByItem(long itemId);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select b from StockBalance b where b.itemId = :itemId and b.lotKey = :lotKey")
    Optional<StockBalance> lockByItemAndLot(long itemId, long lotKey);

    List<StockBalance> findByItemIdOrderById(long itemId);

    List<StockBalance> findBySiteId(long siteId);
}

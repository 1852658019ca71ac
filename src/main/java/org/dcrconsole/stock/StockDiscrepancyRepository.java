package org.dcrconsole.stock;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface StockDiscrepancyRepository extends JpaRepository<StockDiscrepancy, Long> {

    /** Open discrepancies of a site, served by ix_stock_discrepancy_site_open. */
    List<StockDiscrepancy> findBySiteIdAndResolvedAtIsNullOrderByItemIdAscOccurredAtAsc(Long siteId);

    List<StockDiscrepancy> findByItemIdInAndResolvedAtIsNull(Collection<Long> itemIds);

    List<StockDiscrepancy> findByItemIdAndVisitIdAndResolvedAtIsNullOrderByIdDesc(Long itemId, Long visitId);
}

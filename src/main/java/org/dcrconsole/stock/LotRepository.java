package org.dcrconsole.stock;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface LotRepository extends JpaRepository<Lot, Long> {

    Optional<Lot> findByItemIdAndLotNumber(long itemId, String lotNumber);

    Optional<Lot> findByIdAndSiteId(long id, long siteId);

    List<Lot> findBySiteIdAndItemId(long siteId, long itemId);

    List<Lot> findByIdIn(Collection<Long> ids);
}

package org.dcrconsole.stock;

import java.util.List;
import java.util.Optional;
import org.dcrconsole.base.supply.Supply;
import org.springframework.data.jpa.repository.JpaRepository;

interface ItemRepository extends JpaRepository<Item, Long> {

    List<Item> findBySiteIdOrderByName(long siteId);

    Optional<Item> findByIdAndSiteId(long id, long siteId);

    Optional<Item> findBySiteIdAndSupply(long siteId, Supply supply);

    Optional<Item> findBySiteIdAndNameIgnoreCase(long siteId, String name);

    boolean existsBySiteIdAndNameIgnoreCaseAndIdNot(long siteId, String name, long id);

    Optional<Item> findBySiteIdAndCode(long siteId, String code);

    List<Item> findBySiteIdAndCodeIn(long siteId, java.util.Collection<String> codes);

    boolean existsBySiteIdAndCodeAndIdNot(long siteId, String code, long id);

    boolean existsBySiteIdAndSupplyAndIdNot(long siteId, Supply supply, long id);
}

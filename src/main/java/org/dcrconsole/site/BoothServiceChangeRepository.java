package org.dcrconsole.site;

import java.util.List;
import org.springframework.data.repository.Repository;

/** Append-only: save and read, no update or delete. */
interface BoothServiceChangeRepository extends Repository<BoothServiceChange, Long> {

    BoothServiceChange save(BoothServiceChange change);

    List<BoothServiceChange> findByBoothIdAndSiteIdOrderByChangedAtDescIdDesc(Long boothId, Long siteId);
}

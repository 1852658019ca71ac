package org.dcrconsole.drugcheck;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface DrugAlertRepository extends JpaRepository<DrugAlert, Long> {

    Optional<DrugAlert> findByIdAndSiteId(Long id, Long siteId);

    /** Alerts that hold now for a site: its own and the network's, not ended, not expired. */
    @Query("select a from DrugAlert a where (a.siteId = :siteId or a.network = true) and a.endedAt is null"
            + " and a.expiresAt > :now order by a.raisedAt desc, a.id desc")
    List<DrugAlert> findActive(@Param("siteId") long siteId, @Param("now") Instant now);

    /** Every alert a site saw (its own and the network's), newest first. */
    @Query("select a from DrugAlert a where a.siteId = :siteId or a.network = true order by a.raisedAt desc, a.id desc")
    Slice<DrugAlert> findForSite(@Param("siteId") long siteId, Pageable pageable);
}

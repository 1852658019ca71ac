package org.dcrconsole.site;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SiteClosureRepository extends JpaRepository<SiteClosure, Long> {

    List<SiteClosure> findBySiteIdOrderByFirstDay(long siteId);

    Optional<SiteClosure> findByIdAndSiteId(long id, long siteId);

    /** Closures of the site that share a day with first..last, other than the one being edited. */
    @Query("SELECT COUNT(c) > 0 FROM SiteClosure c WHERE c.siteId = :siteId AND c.firstDay <= :last "
            + "AND c.lastDay >= :first AND (:id IS NULL OR c.id <> :id)")
    boolean overlaps(long siteId, LocalDate first, LocalDate last, Long id);

    @Query("SELECT c FROM SiteClosure c WHERE c.siteId = :siteId AND c.firstDay <= :last AND c.lastDay >= :first")
    List<SiteClosure> within(long siteId, LocalDate first, LocalDate last);
}

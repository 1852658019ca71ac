package org.dcrconsole.site;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SiteClosureRepository extends JpaRepository<SiteClosure, Long> {

    List<SiteClosure> findBySiteIdOrderByFirstDay(long siteId);

    Optional<SiteClosure> findByIdAndSiteId(long id, long siteId);

    /**
     * Closures of the site that share a day with first..last, other than the one with id {@code except}
     * (pass a negative id for a new closure: a null parameter in {@code IS NULL} has no type on PostgreSQL).
     */
    @Query("SELECT COUNT(c) > 0 FROM SiteClosure c WHERE c.siteId = :siteId AND c.firstDay <= :last "
            + "AND c.lastDay >= :first AND c.id <> :except")
    boolean overlaps(long siteId, LocalDate first, LocalDate last, long except);

    @Query("SELECT c FROM SiteClosure c WHERE c.siteId = :siteId AND c.firstDay <= :last AND c.lastDay >= :first")
    List<SiteClosure> within(long siteId, LocalDate first, LocalDate last);
}

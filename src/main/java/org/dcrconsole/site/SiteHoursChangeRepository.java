package org.dcrconsole.site;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface SiteHoursChangeRepository extends JpaRepository<SiteHoursChange, Long> {

    List<SiteHoursChange> findBySiteIdOrderByEffectiveFrom(long siteId);

    Optional<SiteHoursChange> findByIdAndSiteId(long id, long siteId);

    boolean existsBySiteIdAndEffectiveFrom(long siteId, LocalDate effectiveFrom);

    boolean existsBySiteIdAndEffectiveFromAndIdNot(long siteId, LocalDate effectiveFrom, long id);

    /** Changes in effect on or before the last day asked for, earliest first. */
    List<SiteHoursChange> findBySiteIdAndEffectiveFromLessThanEqualOrderByEffectiveFrom(long siteId, LocalDate last);
}

package org.dcrconsole.site;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface BoothRepository extends JpaRepository<Booth, Long> {

    List<Booth> findBySiteIdOrderByLabel(Long siteId);

    Optional<Booth> findByIdAndSiteId(Long id, Long siteId);

    boolean existsBySiteIdAndLabelIgnoreCase(Long siteId, String label);

    boolean existsBySiteIdAndLabelIgnoreCaseAndIdNot(Long siteId, String label, Long id);

    long countBySiteIdAndInServiceTrue(Long siteId);
}

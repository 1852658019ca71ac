package org.dcrconsole.naloxone;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface NaloxoneKitRepository extends JpaRepository<NaloxoneKitHandOut, Long> {

    List<NaloxoneKitHandOut> findByClientIdOrderByHandedOutAtDescIdDesc(Long clientId);

    boolean existsByClientId(Long clientId);

    /** Served by {@code ix_naloxone_kit_site}. */
    long countBySiteIdAndHandedOutAtGreaterThanEqualAndHandedOutAtLessThan(Long siteId, Instant from, Instant to);
}

package org.dcrconsole.naloxone;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface NaloxoneReversalRepository extends JpaRepository<NaloxoneReversal, Long> {

    List<NaloxoneReversal> findByClientIdOrderByUsedOnDescIdDesc(Long clientId);

    /** Served by {@code ix_naloxone_reversal_site}. */
    long countBySiteIdAndReportedAtGreaterThanEqualAndReportedAtLessThan(Long siteId, Instant from, Instant to);
}

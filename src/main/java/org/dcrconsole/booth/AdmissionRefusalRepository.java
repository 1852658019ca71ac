package org.dcrconsole.booth;

import java.time.Instant;
import org.springframework.data.jpa.repository.JpaRepository;

interface AdmissionRefusalRepository extends JpaRepository<AdmissionRefusal, Long> {

    long countBySiteIdAndRefusedAtGreaterThanEqual(Long siteId, Instant since);
}

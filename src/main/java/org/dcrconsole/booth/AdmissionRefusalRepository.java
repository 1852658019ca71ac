package org.dcrconsole.booth;

import java.time.Instant;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;

interface AdmissionRefusalRepository extends JpaRepository<AdmissionRefusal, Long> {

    long countBySiteIdAndRefusedAtGreaterThanEqual(Long siteId, Instant since);

    /** One client's refusals, newest first; served by {@code ix_admission_refusal_client}. */
    Slice<AdmissionRefusal> findByClientIdOrderByRefusedAtDescIdDesc(Long clientId, Pageable pageable);
}

package org.dcrconsole.drugcheck;

import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;

interface DrugCheckResultRepository extends JpaRepository<DrugCheckResult, Long> {

    /** Served by {@code ix_drug_check_result_site_checked}. */
    Slice<DrugCheckResult> findBySiteIdOrderByCheckedOnDescIdDesc(Long siteId, Pageable pageable);

    List<DrugCheckResult> findBySiteIdAndIdIn(Long siteId, Collection<Long> ids);
}

package org.dcrconsole.booth;

import java.util.List;
import org.springframework.data.repository.Repository;

/** Append-only: save and read, nothing else (no update, no delete). */
interface VisitCorrectionRepository extends Repository<VisitCorrection, Long> {

    VisitCorrection save(VisitCorrection correction);

    List<VisitCorrection> findByVisitIdAndSiteIdOrderById(Long visitId, Long siteId);
}

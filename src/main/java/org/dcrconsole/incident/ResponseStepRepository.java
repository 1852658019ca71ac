package org.dcrconsole.incident;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ResponseStepRepository extends JpaRepository<ResponseStep, Long> {

    List<ResponseStep> findByIncidentIdOrderByAtAscIdAsc(long incidentId);

    Optional<ResponseStep> findByIdAndIncidentId(long id, long incidentId);
}

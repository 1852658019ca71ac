package org.dcrconsole.incident;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface FollowUpActionRepository extends JpaRepository<FollowUpAction, Long> {

    List<FollowUpAction> findByIncidentIdOrderByDueDateAscIdAsc(long incidentId);

    Optional<FollowUpAction> findByIdAndIncidentId(long id, long incidentId);

    long countByIncidentIdAndDoneFalseAndCarriedOverFalse(long incidentId);
}

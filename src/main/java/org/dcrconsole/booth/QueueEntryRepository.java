package org.dcrconsole.booth;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface QueueEntryRepository extends JpaRepository<QueueEntry, Long> {

    List<QueueEntry> findBySiteIdAndLeftAtIsNullOrderByJoinedAt(Long siteId);

    long countBySiteIdAndLeftAtIsNull(Long siteId);

    Optional<QueueEntry> findByIdAndSiteId(Long id, Long siteId);

    Optional<QueueEntry> findByWaitingClientId(Long clientId);
}

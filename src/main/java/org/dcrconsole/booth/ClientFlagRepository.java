package org.dcrconsole.booth;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ClientFlagRepository extends JpaRepository<ClientFlag, Long> {

    List<ClientFlag> findByClientIdOrderBySetAtDescIdDesc(Long clientId);

    List<ClientFlag> findByClientIdAndRemovedAtIsNullOrderBySetAtDesc(Long clientId);

    Optional<ClientFlag> findByIdAndSiteId(Long id, Long siteId);
}

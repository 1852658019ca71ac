package org.dcrconsole.booth;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;

interface ClientRepository extends JpaRepository<Client, Long> {

    Optional<Client> findBySiteIdAndCodeHash(Long siteId, String codeHash);

    Optional<Client> findByIdAndSiteId(Long id, Long siteId);

    Optional<Client> findBySiteIdAndAlias(Long siteId, String alias);

    boolean existsBySiteIdAndAlias(Long siteId, String alias);

    Slice<Client> findBySiteId(Long siteId, Pageable pageable);

    Slice<Client> findBySiteIdAndAliasStartingWith(Long siteId, String aliasPrefix, Pageable pageable);

    List<Client> findBySiteIdAndIdIn(Long siteId, Collection<Long> ids);
}

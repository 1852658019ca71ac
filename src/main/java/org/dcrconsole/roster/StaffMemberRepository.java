package org.dcrconsole.roster;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface StaffMemberRepository extends JpaRepository<StaffMember, Long> {

    @Query("select distinct m from StaffMember m join m.siteIds s where s = :siteId order by m.name")
    List<StaffMember> findBySite(@Param("siteId") long siteId);

    @Query("select m from StaffMember m join m.siteIds s where m.id = :id and s = :siteId")
    Optional<StaffMember> findByIdAndSiteId(@Param("id") long id, @Param("siteId") long siteId);

    Optional<StaffMember> findByUserId(Long userId);

    boolean existsByUserIdAndIdNot(Long userId, Long id);

    boolean existsByUserId(Long userId);

    List<StaffMember> findByIdIn(Collection<Long> ids);

    /** Locks the person's row so that two planners cannot give them overlapping shifts at once. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select m from StaffMember m where m.id = :id")
    Optional<StaffMember> lockById(@Param("id") long id);
}

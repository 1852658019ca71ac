package org.dcrconsole.roster;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ShiftRepository extends JpaRepository<Shift, Long> {

    Optional<Shift> findByIdAndSiteId(Long id, Long siteId);

    /** Shifts of a site that start in [from, to) (index site_id, starts_at). */
    List<Shift> findBySiteIdAndStartsAtGreaterThanEqualAndStartsAtLessThanOrderByStartsAt(Long siteId, Instant from,
                                                                                         Instant to);

    /** Shifts of some people, any site, that start in [from, to) (index staff_member_id, starts_at). */
    @Query("select s from Shift s where s.staffMemberId in :people and s.startsAt >= :from and s.startsAt < :to "
            + "order by s.startsAt")
    List<Shift> findOfPeople(@Param("people") Collection<Long> people, @Param("from") Instant from,
                             @Param("to") Instant to);

    List<Shift> findByStaffMemberIdAndStatusAndSiteIdInAndEndsAtGreaterThanAndStartsAtLessThanOrderByStartsAt(
            Long staffMemberId, ShiftStatus status, Collection<Long> siteIds, Instant from, Instant to);
}

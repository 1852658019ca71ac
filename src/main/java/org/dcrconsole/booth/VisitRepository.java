package org.dcrconsole.booth;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface VisitRepository extends JpaRepository<Visit, Long> {

    Optional<Visit> findByIdAndSiteId(Long id, Long siteId);

    /** Open visits of the given booths, through the unique index on open_booth_id. */
    List<Visit> findByOpenBoothIdIn(Collection<Long> boothIds);

    Optional<Visit> findByOpenBoothId(Long boothId);

    /**
     * Locks the booth's row until the transaction ends, so check-ins to one booth take turns: the
     * second reads the first's visit (committed) instead of a booth that was free a moment ago.
     */
    @Query(value = "SELECT id FROM booth WHERE id = :boothId FOR UPDATE", nativeQuery = true)
    List<Long> lockBooth(@Param("boothId") long boothId);

    Optional<Visit> findByOpenClientId(Long clientId);

    /** Visits of the given booths that ended after {@code since} and are not marked clean yet. */
    @Query("select v from Visit v where v.boothId in :boothIds and v.endedAt > :since and v.cleanedAt is null")
    List<Visit> findUncleanedSince(@Param("boothIds") Collection<Long> boothIds, @Param("since") Instant since);

    /**
     * Visit count and last visit per client: {clientId, count, max(startedAt)}. Clients belong to one
     * site and so do their visits; the ids come from that site's page of clients. Asked by client
     * alone so both databases look each client up in ix_visit_client_started: with the site in the
     * condition H2 walked the site's whole (site, client) index range instead (0.6 s a page at a
     * million visits).
     */
    @Query("select v.clientId, count(v), max(v.startedAt) from Visit v where v.clientId in :clientIds "
            + "and v.status <> org.dcrconsole.booth.VisitStatus.VOIDED group by v.clientId")
    List<Object[]> visitStats(@Param("clientIds") Collection<Long> clientIds);

    /** Other visits of the booth, not voided, whose time overlaps [start, end); served by ix_visit_site_booth_started. */
    @Query("select count(v) from Visit v where v.siteId = :siteId and v.boothId = :boothId and v.id <> :visitId "
            + "and v.status <> org.dcrconsole.booth.VisitStatus.VOIDED and v.startedAt < :end "
            + "and (v.endedAt is null or v.endedAt > :start)")
    long countBoothOverlaps(@Param("siteId") long siteId, @Param("boothId") long boothId, @Param("visitId") long visitId,
                            @Param("start") Instant start, @Param("end") Instant end);

    /** Other visits of the client, not voided, whose time overlaps [start, end); served by ix_visit_site_client_started. */
    @Query("select count(v) from Visit v where v.siteId = :siteId and v.clientId = :clientId and v.id <> :visitId "
            + "and v.status <> org.dcrconsole.booth.VisitStatus.VOIDED and v.startedAt < :end "
            + "and (v.endedAt is null or v.endedAt > :start)")
    long countClientOverlaps(@Param("siteId") long siteId, @Param("clientId") long clientId, @Param("visitId") long visitId,
                             @Param("start") Instant start, @Param("end") Instant end);
    /** One client's visits, newest first; served by {@code ix_visit_client_started}. */
    Slice<Visit> findByClientIdOrderByStartedAtDescIdDesc(Long clientId, Pageable pageable);
}

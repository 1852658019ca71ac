package org.dcrconsole.incident;

import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface IncidentRepository extends JpaRepository<Incident, Long>, JpaSpecificationExecutor<Incident> {

    Optional<Incident> findByIdAndSiteId(long id, long siteId);

    /** Served by {@code ix_incident_site_client_alias}. */
    Slice<Incident> findBySiteIdAndClientAliasOrderByOccurredAtDescIdDesc(long siteId, String clientAlias,
                                                                          Pageable pageable);

    @Query("""
            select count(i) from Incident i
            where i.siteId = :siteId and i.occurredAt >= :from and i.occurredAt < :to and i.type in :types""")
    long countOfTypes(@Param("siteId") long siteId, @Param("from") Instant from, @Param("to") Instant to,
                      @Param("types") Collection<IncidentType> types);

    @Query("""
            select count(i) from Incident i
            where i.siteId = :siteId and i.occurredAt >= :from and i.occurredAt < :to and i.severity = :severity""")
    long countOfSeverity(@Param("siteId") long siteId, @Param("from") Instant from, @Param("to") Instant to,
                         @Param("severity") Severity severity);

    @Query("""
            select count(s) from ResponseStep s, Incident i
            where s.incidentId = i.id and i.siteId = :siteId and i.occurredAt >= :from and i.occurredAt < :to
              and s.kind = :kind""")
    long countSteps(@Param("siteId") long siteId, @Param("from") Instant from, @Param("to") Instant to,
                    @Param("kind") ResponseStepKind kind);

    @Query("""
            select count(distinct i.id) from ResponseStep s, Incident i
            where s.incidentId = i.id and i.siteId = :siteId and i.occurredAt >= :from and i.occurredAt < :to
              and s.kind = :kind and i.type in :types""")
    long countIncidentsWithStep(@Param("siteId") long siteId, @Param("from") Instant from, @Param("to") Instant to,
                                @Param("kind") ResponseStepKind kind, @Param("types") Collection<IncidentType> types);

    @Query("""
            select count(i) from Incident i
            where i.siteId = :siteId and i.state in :openStates and i.reviewDeadline < :now""")
    long countOverdue(@Param("siteId") long siteId, @Param("openStates") Collection<IncidentState> openStates,
                      @Param("now") Instant now);
}

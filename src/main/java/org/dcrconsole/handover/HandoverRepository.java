package org.dcrconsole.handover;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface HandoverRepository extends JpaRepository<HandoverEntry, Long> {

    Optional<HandoverEntry> findByIdAndSiteId(long id, long siteId);

    /** Open items nobody has marked done, newest first (index ix_handover_entry_site_open). */
    @Query("""
            SELECT e FROM HandoverEntry e
            WHERE e.siteId = :siteId AND e.openItem = TRUE AND e.doneAt IS NULL
            ORDER BY e.writtenAt DESC, e.id DESC""")
    List<HandoverEntry> findPinned(@Param("siteId") long siteId, Pageable limit);

    @Query("""
            SELECT COUNT(e) FROM HandoverEntry e
            WHERE e.siteId = :siteId AND e.openItem = TRUE AND e.doneAt IS NULL""")
    long countPinned(@Param("siteId") long siteId);

    /**
     * A page of the log (index ix_handover_entry_site_written); the text pattern (lower case, "%"
     * for any) matches the entry, the booth label or the client alias.
     */
    @Query("""
            SELECT e FROM HandoverEntry e
            WHERE e.siteId = :siteId AND e.writtenAt >= :from AND e.writtenAt < :to
              AND (:openOnly = FALSE OR (e.openItem = TRUE AND e.doneAt IS NULL))
              AND (LOWER(e.body) LIKE :text ESCAPE '\\' OR LOWER(e.boothLabel) LIKE :text ESCAPE '\\'
                   OR LOWER(e.clientAlias) LIKE :text ESCAPE '\\')""")
    Slice<HandoverEntry> search(@Param("siteId") long siteId, @Param("from") Instant from, @Param("to") Instant to,
                                @Param("openOnly") boolean openOnly, @Param("text") String text, Pageable pageable);

    /** Deletes the site's entries written before the cut-off (index ix_handover_entry_site_written). */
    @Modifying
    @Query("DELETE FROM HandoverEntry e WHERE e.siteId = :siteId AND e.writtenAt < :before")
    int deleteWrittenBefore(@Param("siteId") long siteId, @Param("before") Instant before);
}

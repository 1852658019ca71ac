package org.dcrconsole.booth;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ClientBanRepository extends JpaRepository<ClientBan, Long> {

    /**
     * The bans that hold on a day for a client: their own site's bans and network bans set for the
     * same code at any site. Longest first, so the caller shows the one that matters.
     */
    @Query("select b from ClientBan b where b.liftedAt is null and b.bannedUntil >= :day"
            + " and (b.clientId = :clientId or (b.network = true and b.codeHash = :codeHash))"
            + " order by b.bannedUntil desc, b.id desc")
    List<ClientBan> findHolding(@Param("clientId") long clientId, @Param("codeHash") String codeHash,
                                @Param("day") LocalDate day);

    /** As {@link #findHolding} for a code never seen at the site: only network bans can hold. */
    @Query("select b from ClientBan b where b.liftedAt is null and b.bannedUntil >= :day"
            + " and b.network = true and b.codeHash = :codeHash order by b.bannedUntil desc, b.id desc")
    List<ClientBan> findHoldingNetwork(@Param("codeHash") String codeHash, @Param("day") LocalDate day);

    /** Every ban that concerns a client, lifted and ended ones too, newest first. */
    @Query("select b from ClientBan b where b.clientId = :clientId or (b.network = true and b.codeHash = :codeHash)"
            + " order by b.bannedAt desc, b.id desc")
    List<ClientBan> findHistory(@Param("clientId") long clientId, @Param("codeHash") String codeHash);

    /** Bans holding on a day for a page of clients: their own and network bans of their codes. */
    @Query("select b from ClientBan b where b.liftedAt is null and b.bannedUntil >= :day"
            + " and (b.clientId in :clientIds or (b.network = true and b.codeHash in :codeHashes))")
    List<ClientBan> findHoldingForClients(@Param("clientIds") Collection<Long> clientIds,
                                          @Param("codeHashes") Collection<String> codeHashes,
                                          @Param("day") LocalDate day);
}

package org.dcrconsole.naloxone;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface NaloxoneTrainingRepository extends JpaRepository<NaloxoneTraining, Long> {

    List<NaloxoneTraining> findByClientIdOrderByTrainedOnDescIdDesc(Long clientId);

    /** Clients trained in a period (each once), served by {@code ix_naloxone_training_site}. */
    @Query("select count(distinct t.clientId) from NaloxoneTraining t where t.siteId = :siteId"
            + " and t.trainedOn >= :from and t.trainedOn < :to")
    long countClientsTrained(@Param("siteId") long siteId, @Param("from") LocalDate from, @Param("to") LocalDate to);
}

package org.dcrconsole.naloxone;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.dcrconsole.base.AbstractEntity;

/** A client was trained to recognise an overdose and give naloxone. */
@Entity
@Table(name = "naloxone_training")
public class NaloxoneTraining extends AbstractEntity {

    @Column(name = "site_id", nullable = false, updatable = false)
    private Long siteId;

    @Column(name = "client_id", nullable = false, updatable = false)
    private Long clientId;

    @Column(name = "trained_on", nullable = false, updatable = false)
    private LocalDate trainedOn;

    @Column(name = "trainer_id", nullable = false, updatable = false)
    private Long trainerId;

    protected NaloxoneTraining() {
    }

    NaloxoneTraining(long siteId, long clientId, LocalDate trainedOn, long trainerId) {
        this.siteId = siteId;
        this.clientId = clientId;
        this.trainedOn = trainedOn;
        this.trainerId = trainerId;
    }

    public Long getSiteId() {
        return siteId;
    }

    public Long getClientId() {
        return clientId;
    }

    public LocalDate getTrainedOn() {
        return trainedOn;
    }

    public Long getTrainerId() {
        return trainerId;
    }
}

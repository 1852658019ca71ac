package org.dcrconsole.incident;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.dcrconsole.base.AbstractEntity;
import org.hibernate.envers.Audited;

/**
 * Something a review decided must change, with an owner and a due date. An incident closes
 * only when each of its actions is done or explicitly carried over (into the next team meeting,
 * the next review cycle).
 */
@Entity
@Table(name = "follow_up_action")
@Audited
public class FollowUpAction extends AbstractEntity {

    public static final int TEXT_MAX = 500;

    @Column(name = "incident_id", nullable = false, updatable = false)
    private Long incidentId;

    @Column(name = "action_text", nullable = false)
    private String text = "";

    @Column(name = "owner_id", nullable = false)
    private Long ownerId;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    private boolean done;

    @Column(name = "carried_over")
    private boolean carriedOver;

    protected FollowUpAction() {
    }

    FollowUpAction(long incidentId) {
        this.incidentId = incidentId;
    }

    public Long getIncidentId() {
        return incidentId;
    }

    public String getText() {
        return text;
    }

    void setText(String text) {
        this.text = text;
    }

    public Long getOwnerId() {
        return ownerId;
    }

    void setOwnerId(Long ownerId) {
        this.ownerId = ownerId;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    void setDueDate(LocalDate dueDate) {
        this.dueDate = dueDate;
    }

    public boolean isDone() {
        return done;
    }

    void setDone(boolean done) {
        this.done = done;
    }

    public boolean isCarriedOver() {
        return carriedOver;
    }

    void setCarriedOver(boolean carriedOver) {
        this.carriedOver = carriedOver;
    }

    /** Done or carried over: no longer holds the incident open. */
    public boolean isSettled() {
        return done || carriedOver;
    }
}

package org.dcrconsole.roster;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.dcrconsole.base.AbstractEntity;

/** One person working at one site from start to end, in a position; a draft until published. */
@Entity
@Table(name = "shift")
public class Shift extends AbstractEntity {

    public static final String SORT_STARTS_AT = "startsAt";

    @Column(name = "staff_member_id", nullable = false)
    private Long staffMemberId;

    @Column(name = "site_id", nullable = false)
    private Long siteId;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ShiftPosition position = ShiftPosition.INJECTION_ROOM;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ShiftStatus status = ShiftStatus.DRAFT;

    public Long getStaffMemberId() {
        return staffMemberId;
    }

    void setStaffMemberId(Long staffMemberId) {
        this.staffMemberId = staffMemberId;
    }

    public Long getSiteId() {
        return siteId;
    }

    void setSiteId(Long siteId) {
        this.siteId = siteId;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    void setStartsAt(Instant startsAt) {
        this.startsAt = startsAt;
    }

    public Instant getEndsAt() {
        return endsAt;
    }

    void setEndsAt(Instant endsAt) {
        this.endsAt = endsAt;
    }

    public ShiftPosition getPosition() {
        return position;
    }

    void setPosition(ShiftPosition position) {
        this.position = position;
    }

    public ShiftStatus getStatus() {
        return status;
    }

    void setStatus(ShiftStatus status) {
        this.status = status;
    }

    PlannedShift planned() {
        return new PlannedShift(getId(), getVersion(), staffMemberId, siteId, startsAt, endsAt, position, status);
    }
}

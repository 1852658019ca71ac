package org.dcrconsole.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;

/**
 * One line of a user's unchangeable history: who changed what of whom, when, from what to what.
 * Inserted only; never holds a password or its hash (a password line says only that it changed).
 */
@Entity
@Immutable
@Table(name = "user_change")
class UserChange {

    /** What changed. */
    enum Field { CREATED, USERNAME, ROLES, SITES, ACTIVE, PASSWORD_RESET, PASSWORD_CHANGED }

    static final String SORT_CHANGED_AT = "changedAt";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt = Instant.EPOCH;

    @Column(name = "changed_by", nullable = false)
    private String changedBy = "";

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Field field = Field.CREATED;

    @Column(name = "old_value")
    private @Nullable String oldValue;

    @Column(name = "new_value")
    private @Nullable String newValue;

    protected UserChange() {
    }

    UserChange(Instant changedAt, String changedBy, long userId, Field field, @Nullable String oldValue,
               @Nullable String newValue) {
        this.changedAt = changedAt;
        this.changedBy = changedBy;
        this.userId = userId;
        this.field = field;
        this.oldValue = oldValue;
        this.newValue = newValue;
    }

    UserChangeRow toRow() {
        return new UserChangeRow(changedAt, changedBy, field.name(), oldValue, newValue);
    }
}

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

/** The moment failed sign-ins started to slow an account or a source address down. */
@Entity
@Immutable
@Table(name = "sign_in_throttle")
class SignInThrottle {

    static final String SORT_OCCURRED_AT = "occurredAt";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt = Instant.EPOCH;

    @Enumerated(EnumType.STRING)
    @Column(name = "subject_kind", nullable = false)
    private ThrottleRow.Kind subjectKind = ThrottleRow.Kind.ACCOUNT;

    @Column(nullable = false)
    private String subject = "";

    @Column(nullable = false)
    private int failures;

    @Column(name = "delay_seconds", nullable = false)
    private int delaySeconds;

    protected SignInThrottle() {
    }

    SignInThrottle(Instant occurredAt, ThrottleRow.Kind subjectKind, String subject, int failures, int delaySeconds) {
        this.occurredAt = occurredAt;
        this.subjectKind = subjectKind;
        this.subject = subject;
        this.failures = failures;
        this.delaySeconds = delaySeconds;
    }

    ThrottleRow toRow() {
        return new ThrottleRow(occurredAt, subjectKind, subject, failures, delaySeconds);
    }
}

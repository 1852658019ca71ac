package org.dcrconsole.booth;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.dcrconsole.base.AbstractEntity;
import org.jspecify.annotations.Nullable;

/** A pseudonymous client of one site: the keyed hash of their code and a short alias, never a name. */
@Entity
@Table(name = "client")
public class Client extends AbstractEntity {

    public static final int BAN_REASON_MAX = ClientBan.REASON_MAX;
    public static final String SORT_ALIAS = "alias";
    public static final String SORT_FIRST_VISIT = "firstVisitAt";

    @Column(name = "site_id", nullable = false, updatable = false)
    private Long siteId;

    @Column(name = "code_hash", nullable = false, updatable = false)
    private String codeHash;

    @Column(nullable = false, updatable = false)
    private String alias;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Sex sex;

    @Column(name = "birth_year", nullable = false, updatable = false)
    private int birthYear;

    @Column(name = "first_visit_at")
    private @Nullable Instant firstVisitAt;

    @Column(name = "eligibility_confirmed")
    private boolean eligibilityConfirmed;

    protected Client() {
    }

    Client(long siteId, String codeHash, String alias, Sex sex, int birthYear) {
        this.siteId = siteId;
        this.codeHash = codeHash;
        this.alias = alias;
        this.sex = sex;
        this.birthYear = birthYear;
    }

    public Long getSiteId() {
        return siteId;
    }

    String getCodeHash() {
        return codeHash;
    }

    public String getAlias() {
        return alias;
    }

    public Sex getSex() {
        return sex;
    }

    public int getBirthYear() {
        return birthYear;
    }

    public @Nullable Instant getFirstVisitAt() {
        return firstVisitAt;
    }

    void setFirstVisitAt(Instant firstVisitAt) {
        this.firstVisitAt = firstVisitAt;
    }

    public boolean isEligibilityConfirmed() {
        return eligibilityConfirmed;
    }

    void setEligibilityConfirmed(boolean eligibilityConfirmed) {
        this.eligibilityConfirmed = eligibilityConfirmed;
    }
}

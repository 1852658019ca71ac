package org.dcrconsole.drugcheck;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.dcrconsole.base.AbstractEntity;
import org.jspecify.annotations.Nullable;

/** One checked sample: what it was sold as, what was found, how, where and when; a client only by id. */
@Entity
@Table(name = "drug_check_result")
public class DrugCheckResult extends AbstractEntity {

    public static final String SORT_CHECKED_ON = "checkedOn";

    @Column(name = "site_id", nullable = false, updatable = false)
    private Long siteId;

    @Column(name = "checked_on", nullable = false, updatable = false)
    private LocalDate checkedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "sold_as", nullable = false, updatable = false)
    private SoldAs soldAs;

    @Convert(converter = EnumSetColumn.FoundSet.class)
    @Column(nullable = false, updatable = false)
    private Set<Found> found;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private TestMethod method;

    @Column(name = "client_id", updatable = false)
    private @Nullable Long clientId;

    protected DrugCheckResult() {
    }

    DrugCheckResult(long siteId, LocalDate checkedOn, SoldAs soldAs, Set<Found> found, TestMethod method,
                    @Nullable Long clientId) {
        this.siteId = siteId;
        this.checkedOn = checkedOn;
        this.soldAs = soldAs;
        this.found = EnumSet.copyOf(found);
        this.method = method;
        this.clientId = clientId;
    }

    public Long getSiteId() {
        return siteId;
    }

    public LocalDate getCheckedOn() {
        return checkedOn;
    }

    public SoldAs getSoldAs() {
        return soldAs;
    }

    public Set<Found> getFound() {
        return found.isEmpty() ? EnumSet.noneOf(Found.class) : EnumSet.copyOf(found);
    }

    public TestMethod getMethod() {
        return method;
    }

    public @Nullable Long getClientId() {
        return clientId;
    }
}

package org.dcrconsole.roster;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dcrconsole.base.AbstractEntity;
import org.dcrconsole.base.validation.PlainText;
import org.jspecify.annotations.Nullable;

/**
 * A person who works shifts: staff, not clients, so the name is stored. Works at one or more
 * sites; may be linked to a sign-in so that they find their own shifts.
 */
@Entity
@Table(name = "staff_member")
public class StaffMember extends AbstractEntity {

    public static final int NAME_MAX = 100;
    public static final int HOURS_MAX = 60;
    public static final String SORT_NAME = "name";

    @NotBlank
    @Size(max = NAME_MAX)
    @PlainText
    @Column(nullable = false)
    private String name = "";

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Profession profession = Profession.NURSE;

    @Min(0) @Max(HOURS_MAX)
    @Column(name = "contracted_hours", nullable = false)
    private int contractedHours = 30;

    @Column(name = "user_id")
    private @Nullable Long userId;

    @ElementCollection
    @CollectionTable(name = "staff_member_site", joinColumns = @JoinColumn(name = "staff_member_id"))
    @Column(name = "site_id")
    private Set<Long> siteIds = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "staff_qualification", joinColumns = @JoinColumn(name = "staff_member_id"))
    @Column(name = "qualification")
    @Enumerated(EnumType.STRING)
    private Set<Qualification> qualifications = EnumSet.noneOf(Qualification.class);

    @ElementCollection
    @CollectionTable(name = "staff_absence", joinColumns = @JoinColumn(name = "staff_member_id"))
    private List<Absence> absences = new ArrayList<>();

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Profession getProfession() {
        return profession;
    }

    public void setProfession(Profession profession) {
        this.profession = profession;
    }

    public int getContractedHours() {
        return contractedHours;
    }

    public void setContractedHours(int contractedHours) {
        this.contractedHours = contractedHours;
    }

    public @Nullable Long getUserId() {
        return userId;
    }

    public void setUserId(@Nullable Long userId) {
        this.userId = userId;
    }

    public Set<Long> getSiteIds() {
        return siteIds;
    }

    public void setSiteIds(Set<Long> siteIds) {
        this.siteIds = new HashSet<>(siteIds);
    }

    public Set<Qualification> getQualifications() {
        return qualifications;
    }

    public void setQualifications(Set<Qualification> qualifications) {
        this.qualifications = qualifications.isEmpty() ? EnumSet.noneOf(Qualification.class)
                : EnumSet.copyOf(qualifications);
    }

    public List<Absence> getAbsences() {
        return absences;
    }

    public void setAbsences(List<Absence> absences) {
        this.absences = new ArrayList<>(absences);
    }

    StaffProfile profile() {
        return new StaffProfile(getId(), name, profession, qualifications, contractedHours, siteIds, absences, userId);
    }
}

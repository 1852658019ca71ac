package org.dcrconsole.roster;

import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A staff member as the planner and the staffing rules see them: read-only, safe to hand to the UI. */
public record StaffProfile(Long id, String name, Profession profession, Set<Qualification> qualifications,
                           int contractedHours, Set<Long> siteIds, List<Absence> absences,
                           @Nullable Long userId) implements Serializable {

    public StaffProfile {
        qualifications = Set.copyOf(qualifications);
        siteIds = Set.copyOf(siteIds);
        absences = List.copyOf(absences);
    }

    public boolean isMedical() {
        return qualifications.contains(Qualification.MEDICAL);
    }

    /** The first absence that covers any moment of [start, end), if any. */
    public Optional<Absence> absenceDuring(Instant start, Instant end, ZoneId zone) {
        return absences.stream().filter(a -> a.overlaps(start, end, zone)).findFirst();
    }
}

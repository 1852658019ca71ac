package org.dcrconsole.roster;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One opening hour of a site (the last one of a day may be shorter) and who was on duty for
 * all of it. {@code openingDay} is the local date the opening began, also for hours after
 * midnight of a late night.
 */
public record HourCoverage(Instant start, Instant end, LocalDate openingDay, int onDuty, int medicalOnDuty,
                           List<RuleBreach> breaches) implements Serializable {

    public HourCoverage {
        breaches = List.copyOf(breaches);
    }

    public boolean ok() {
        return breaches.isEmpty();
    }

    public boolean breaks(StaffingRule rule) {
        return breaches.stream().anyMatch(b -> b.rule() == rule);
    }
}

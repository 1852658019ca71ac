package org.dcrconsole.roster;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.dcrconsole.site.SiteInfo;

/**
 * One week of a site for the planner: its people, the shifts at the site that start in the
 * week, the issues of each shift (by shift id), and the coverage of every opening hour.
 */
public record WeekRoster(SiteInfo site, LocalDate monday, List<StaffProfile> staff, List<PlannedShift> shifts,
                         Map<Long, List<ShiftIssue>> issues, List<HourCoverage> coverage) implements Serializable {

    public List<ShiftIssue> issuesOf(PlannedShift shift) {
        return shift.id() == null ? List.of() : issues.getOrDefault(shift.id(), List.of());
    }

    public long draftCount() {
        return shifts.stream().filter(s -> !s.isPublished()).count();
    }
}

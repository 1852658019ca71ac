package org.dcrconsole.roster;

import java.io.Serializable;
import java.util.List;

/**
 * The gap filler's proposal for a week: the draft shifts, and how many opening hours break a
 * rule before and after them (counted by hour, not by rule).
 */
public record FillProposal(List<PlannedShift> shifts, int brokenHoursBefore, int brokenHoursAfter)
        implements Serializable {

    public FillProposal {
        shifts = List.copyOf(shifts);
    }

    public int closedHours() {
        return brokenHoursBefore - brokenHoursAfter;
    }
}

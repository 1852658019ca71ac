package org.dcrconsole.incident;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What the incident list narrows to; null means "any". Dates are in the site's zone and
 * inclusive; {@code overdueOnly} keeps open reviews past their deadline.
 */
public record IncidentFilter(@Nullable IncidentType type, @Nullable Severity severity, @Nullable IncidentState state,
                             @Nullable LocalDate from, @Nullable LocalDate to, @Nullable Long boothId,
                             boolean overdueOnly) {

    public static IncidentFilter none() {
        return new IncidentFilter(null, null, null, null, null, null, false);
    }
}

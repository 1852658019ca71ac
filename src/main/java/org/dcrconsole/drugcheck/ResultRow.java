package org.dcrconsole.drugcheck;

import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A line of the results grid: the client by alias only. */
public record ResultRow(long id, LocalDate checkedOn, SoldAs soldAs, Set<Found> found, TestMethod method,
                        @Nullable String clientAlias) {
}

package org.dcrconsole.drugcheck;

import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A result as staff enter it; the client, if any, is one of the site's clients by id. */
public record ResultInput(LocalDate checkedOn, SoldAs soldAs, Set<Found> found, TestMethod method,
                          @Nullable Long clientId) {
}

package org.dcrconsole.handover;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What the log narrows to: words in the text (or the booth label or client alias), open items
 * only, and a date range in the site's zone, both ends inclusive; null means "any".
 */
public record HandoverFilter(@Nullable String text, boolean openOnly, @Nullable LocalDate from,
                             @Nullable LocalDate to) {

    public static HandoverFilter none() {
        return new HandoverFilter(null, false, null, null);
    }
}

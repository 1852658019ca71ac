package org.dcrconsole.booth;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The filters of the visit history; null means "any". Dates are days in the site's time zone,
 * both inclusive. {@code alias} matches aliases starting with it; {@code referralGiven} keeps
 * only visits with at least one referral; {@code status} keeps only normal, corrected or voided visits.
 */
public record VisitFilter(@Nullable LocalDate from, @Nullable LocalDate to, @Nullable Long boothId,
                          @Nullable String alias, @Nullable Substance substance, @Nullable ConsumptionRoute route,
                          boolean referralGiven, @Nullable VisitStatus status) {

    public VisitFilter(@Nullable LocalDate from, @Nullable LocalDate to, @Nullable Long boothId, @Nullable String alias,
                       @Nullable Substance substance, @Nullable ConsumptionRoute route, boolean referralGiven) {
        this(from, to, boothId, alias, substance, route, referralGiven, null);
    }

    public static VisitFilter none() {
        return new VisitFilter(null, null, null, null, null, null, false);
    }
}

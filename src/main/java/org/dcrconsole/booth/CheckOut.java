package org.dcrconsole.booth;

import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** What is recorded when a client leaves the booth. */
public record CheckOut(@Nullable Integer syringesReturned, boolean counselling, Set<ReferralKind> referrals) {

    public CheckOut {
        referrals = referrals == null || referrals.isEmpty() ? EnumSet.noneOf(ReferralKind.class) : EnumSet.copyOf(referrals);
    }
}

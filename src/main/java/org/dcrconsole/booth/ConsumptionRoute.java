package org.dcrconsole.booth;

import org.dcrconsole.site.BoothKind;

/** How a substance is taken; decides which kind of booth a client needs. */
public enum ConsumptionRoute {
    INJECTION, INHALATION, INTRANASAL, ORAL;

    /** Whether a booth of this kind may be used for this route (smoke never goes to an injection place). */
    public boolean fits(BoothKind kind) {
        return switch (this) {
            case INJECTION -> kind != BoothKind.INHALATION;
            case INHALATION -> kind != BoothKind.INJECTION;
            case INTRANASAL, ORAL -> true;
        };
    }

    /** The booth kind to offer first; flexible places are kept for whoever else needs them. */
    public BoothKind preferredKind() {
        return switch (this) {
            case INJECTION -> BoothKind.INJECTION;
            case INHALATION, INTRANASAL, ORAL -> BoothKind.INHALATION;
        };
    }
}

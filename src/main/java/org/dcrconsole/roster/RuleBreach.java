package org.dcrconsole.roster;

import java.io.Serializable;

/** An opening hour breaks {@code rule}: {@code required} people were needed, {@code actual} were on duty. */
public record RuleBreach(StaffingRule rule, int required, int actual) implements Serializable {

    public int shortfall() {
        return required - actual;
    }
}

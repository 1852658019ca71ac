package org.dcrconsole.roster;

import java.io.Serializable;

/** Who is on duty at a moment: head count and medically qualified against what the rules ask. */
public record OnDuty(int headCount, int required, int medical, boolean open) implements Serializable {

    public boolean enough() {
        return !open || (headCount >= required && medical >= 1);
    }
}

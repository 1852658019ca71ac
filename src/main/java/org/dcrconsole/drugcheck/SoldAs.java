package org.dcrconsole.drugcheck;

import org.dcrconsole.booth.Substance;

/** What a sample was sold as, and the check-in substance a client buying it would name. */
public enum SoldAs {
    HEROIN(Substance.OPIOIDS),
    COCAINE(Substance.COCAINE),
    CRACK(Substance.CRACK),
    AMPHETAMINE(Substance.AMPHETAMINES),
    METHAMPHETAMINE(Substance.AMPHETAMINES),
    MDMA(Substance.AMPHETAMINES),
    BENZODIAZEPINE(Substance.BENZODIAZEPINES),
    KETAMINE(Substance.OTHER),
    OTHER(Substance.OTHER);

    private final Substance substance;

    SoldAs(Substance substance) {
        this.substance = substance;
    }

    public Substance substance() {
        return substance;
    }
}

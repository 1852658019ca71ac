package org.dcrconsole.drugcheck;

import java.util.Optional;
import org.dcrconsole.booth.Substance;

/**
 * What a check found besides (or instead of) what the sample was sold as. Opioid and
 * benzodiazepine adulterants also concern clients who name those substances at check-in.
 */
public enum Found {
    FENTANYL(Substance.OPIOIDS),
    NITAZENES(Substance.OPIOIDS),
    XYLAZINE(null),
    BENZODIAZEPINE_ANALOGUES(Substance.BENZODIAZEPINES),
    OTHER(null),
    UNKNOWN(null);

    private final Substance substance;

    Found(Substance substance) {
        this.substance = substance;
    }

    public Optional<Substance> substance() {
        return Optional.ofNullable(substance);
    }
}

package org.dcrconsole.site;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What a site plans for one local day: the hours it is open and the booths in service, with a
 * planned closure applied (a closed day has no open hours and names its closure's reason).
 */
public record OpeningDay(LocalDate day, double openHours, int booths, @Nullable String closedFor) {

    /** Open hours × booths in service: the capacity the forecast scales visits by. */
    public double boothHours() {
        return openHours * booths;
    }
}

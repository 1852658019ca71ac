package org.dcrconsole.booth;

import java.time.Instant;
import java.util.Set;

/**
 * A drug-checking alert as the board, the dashboard and the check-in show it: its text, how
 * serious it is, whether it holds for the whole network, when it expires, and the check-in
 * substances it concerns.
 */
public record ActiveAlert(long id, String text, AlertSeverity severity, boolean network, Instant expiresAt,
                         Set<Substance> substances) {

    public boolean concerns(Set<Substance> named) {
        return named.stream().anyMatch(substances::contains);
    }
}

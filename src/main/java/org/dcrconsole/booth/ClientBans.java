package org.dcrconsole.booth;

import java.time.LocalDate;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The one place that says whether a ban holds for a client, so check-in, queue and register agree. */
@Component
class ClientBans {

    private final ClientBanRepository bans;

    ClientBans(ClientBanRepository bans) {
        this.bans = bans;
    }

    /** The ban that holds on {@code day} for the client (their site's, or a network ban of the same code). */
    Optional<ClientBan> holding(Client client, LocalDate day) {
        return bans.findHolding(client.getId(), client.getCodeHash(), day).stream().findFirst();
    }

    /** The network ban that holds on {@code day} for a code not yet known at the site. */
    Optional<ClientBan> holdingNetwork(String codeHash, LocalDate day) {
        return bans.findHoldingNetwork(codeHash, day).stream().findFirst();
    }
}

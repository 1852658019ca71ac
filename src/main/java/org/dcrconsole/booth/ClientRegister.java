package org.dcrconsole.booth;

import java.time.Clock;
import java.time.Year;
import java.time.ZoneId;
import java.util.Optional;
import org.dcrconsole.base.BusinessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/** Finds and creates clients by code inside the booth feature; callers have checked access. */
@Component
class ClientRegister {

    private static final int ALIAS_MAX = 12;

    private final ClientRepository clients;
    private final ClientCodes codes;
    private final Clock clock;

    ClientRegister(ClientRepository clients, ClientCodes codes, Clock clock) {
        this.clients = clients;
        this.codes = codes;
        this.clock = clock;
    }

    ClientCode parse(String typed, ZoneId zone) {
        return ClientCode.parse(typed, thisYear(zone));
    }

    Year thisYear(ZoneId zone) {
        return Year.now(clock.withZone(zone));
    }

    String hash(ClientCode code) {
        return codes.hash(code);
    }

    Optional<Client> find(long siteId, ClientCode code) {
        return clients.findBySiteIdAndCodeHash(siteId, codes.hash(code));
    }

    /** The alias a new client with this code would get (the short one, unless it is taken). */
    String aliasFor(long siteId, String hash) {
        for (int length = ClientCodes.ALIAS_LENGTH; length <= ALIAS_MAX - 2; length++) {
            String alias = ClientCodes.alias(hash, length);
            if (!clients.existsBySiteIdAndAlias(siteId, alias)) {
                return alias;
            }
        }
        throw new IllegalStateException("No free alias");
    }

    Client findOrCreate(long siteId, ClientCode code) {
        String hash = codes.hash(code);
        Optional<Client> existing = clients.findBySiteIdAndCodeHash(siteId, hash);
        if (existing.isPresent()) {
            return existing.get();
        }
        try {
            return clients.saveAndFlush(new Client(siteId, hash, aliasFor(siteId, hash), code.sex(), code.birthYear()));
        } catch (DataIntegrityViolationException e) {
            // the same new client typed in at another desk at the same moment
            throw new BusinessException("code", "checkin.error.conflict");
        }
    }
}

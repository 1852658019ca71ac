package org.dcrconsole.client;

import org.dcrconsole.booth.ClientRow;
import org.dcrconsole.booth.ClientService;
import org.dcrconsole.security.CurrentUser;
import org.dcrconsole.security.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The door of one client's page. The page reads its sections through the services that own them
 * (booth, incident, naloxone); opening it goes through {@link #open}, which reads the client
 * through {@code ClientService.get}, where every look at a client is recorded in the access log.
 */
@Service
public class ClientPageService {

    private final ClientService clients;

    ClientPageService(ClientService clients) {
        this.clients = clients;
    }

    /**
     * Opens the page of a client of the site: staff, supervisors and managers of that site only;
     * another site's client is "not found". Every opening of a client page passes here and is
     * recorded in the access log (kind CLIENT_OPENED) by the client read it makes.
     *
     * @throws org.dcrconsole.base.BusinessException "not found" for an unknown or another site's client
     */
    @PreAuthorize(Roles.FLOOR)
    @Transactional(readOnly = true)
    public ClientRow open(long siteId, long clientId) {
        CurrentUser.requireSite(siteId);
        return clients.get(siteId, clientId);
    }
}

package org.dcrconsole.handover.ui;

import com.vaadin.flow.component.Component;
import org.dcrconsole.booth.ClientService;
import org.dcrconsole.booth.ui.BoardSidePanel;
import org.dcrconsole.handover.HandoverService;
import org.dcrconsole.incident.IncidentService;
import org.dcrconsole.site.SiteService;

/**
 * The handover log on the board, under the queue: a few pinned items and the latest notes, so
 * that a 28-booth board still fits a 1080p screen; the full log is at /handover.
 */
@org.springframework.stereotype.Component
class HandoverBoardPanel implements BoardSidePanel {

    static final int PINNED_ON_BOARD = 4;
    static final int RECENT_ON_BOARD = 2;

    private final HandoverDialog.Services services;

    HandoverBoardPanel(HandoverService handover, SiteService sites, ClientService clients, IncidentService incidents) {
        this.services = new HandoverDialog.Services(handover, sites, clients, incidents);
    }

    @Override
    public Component create(long siteId, boolean readOnly) {
        return new HandoverPanel(services, siteId, readOnly, PINNED_ON_BOARD, RECENT_ON_BOARD);
    }

    @Override
    public void refresh(Component panel) {
        ((HandoverPanel) panel).refresh();
    }
}

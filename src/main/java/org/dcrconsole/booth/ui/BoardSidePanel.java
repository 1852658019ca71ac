package org.dcrconsole.booth.ui;

import com.vaadin.flow.component.Component;

/**
 * A panel another feature puts into the board's side column (under the queue), such as the
 * handover log. The board stays unaware of the feature behind it (which itself depends on the
 * board): a Spring bean implementing this is picked up, asked once for a panel per open board,
 * and asked to refresh that panel with the board on every change pushed for the site.
 */
public interface BoardSidePanel {

    /** A panel for the site's board; {@code readOnly} on a wall display (nothing to press). */
    Component create(long siteId, boolean readOnly);

    /**
     * Reads the panel's data again; runs in the board's UI access with its security context.
     * {@code panel} is one this bean created.
     */
    void refresh(Component panel);
}

package org.dcrconsole.booth.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.dcrconsole.security.CurrentUser;
import org.dcrconsole.security.Role;
import org.springframework.stereotype.Component;

/**
 * Sends a wall display to the board from wherever it lands (the dashboard after sign-in, the
 * login page): the board is its only screen. Routes closed to DISPLAY stay closed by their
 * {@code @RolesAllowed}; this only catches the ones open to everyone signed in. It runs as a
 * listener of the UI, before the target view is built, so no other view is ever made for it.
 */
@Component
class DisplayRoutes implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(e -> e.getUI().addBeforeEnterListener(DisplayRoutes::toBoard));
    }

    private static void toBoard(BeforeEnterEvent event) {
        if (event.getNavigationTarget() != BoardView.class && CurrentUser.get().isPresent()
                && CurrentUser.hasRole(Role.DISPLAY)) {
            event.forwardTo(BoardView.class);
        }
    }
}

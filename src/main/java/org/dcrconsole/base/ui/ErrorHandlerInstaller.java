package org.dcrconsole.base.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/** Gives every new Vaadin session the console's {@link ConsoleErrorHandler}. */
@Component
class ErrorHandlerInstaller implements VaadinServiceInitListener {

    private final ConsoleErrorHandler handler = new ConsoleErrorHandler();

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(e -> e.getSession().setErrorHandler(handler));
    }
}

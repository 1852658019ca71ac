package org.dcrconsole.security.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.Locale;
import org.dcrconsole.base.ui.Language;
import org.dcrconsole.security.CurrentUser;
import org.dcrconsole.security.UserService;
import org.springframework.stereotype.Component;

/**
 * Each new page (UI) takes the signed-in user's saved language, before any view is built; without
 * a saved choice, or before sign-in, the browser's language as Vaadin matched it to English or
 * German. Either way {@code <html lang>} says which.
 */
@Component
class UserLanguage implements VaadinServiceInitListener {

    private final UserService userService;

    UserLanguage(UserService userService) {
        this.userService = userService;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(e -> apply(e.getUI()));
    }

    void apply(UI ui) {
        Locale locale = CurrentUser.get().isPresent() ? userService.myLanguage().orElse(ui.getLocale()) : ui.getLocale();
        Language.apply(ui, locale);
    }
}

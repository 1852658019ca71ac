package org.dcrconsole.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;

/**
 * Puts a language on a page: the UI's and the session's locale (texts, pickers, number and date
 * formats) and {@code <html lang>}, which screen readers use to choose their voice and which the
 * page would otherwise keep at the shell's default.
 */
public final class Language {

    private Language() {
    }

    public static void apply(UI ui, Locale locale) {
        ui.setLocale(locale);
        VaadinSession session = ui.getSession();
        if (session != null) {
            session.setLocale(locale);
        }
        ui.getElement().setAttribute("lang", locale.getLanguage());
        ui.getPage().executeJs("document.documentElement.lang = $0", locale.getLanguage());
    }
}

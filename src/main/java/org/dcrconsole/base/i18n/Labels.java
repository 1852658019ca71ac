package org.dcrconsole.base.i18n;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.VaadinService;
import java.util.Locale;

/**
 * Translation outside a component (renderers, enum captions, exports): {@code Labels.t(key)}
 * uses the current UI's locale, {@code Labels.of(enumValue)} the key {@code enum.<Type>.<NAME>}.
 */
public final class Labels {

    private Labels() {
    }

    public static String t(String key, Object... params) {
        return t(locale(), key, params);
    }

    public static String t(Locale locale, String key, Object... params) {
        I18NProvider provider = provider();
        return provider == null ? key : provider.getTranslation(key, locale, params);
    }

    public static String of(Enum<?> value) {
        return value == null ? "" : t(enumKey(value));
    }

    public static String of(Locale locale, Enum<?> value) {
        return value == null ? "" : t(locale, enumKey(value));
    }

    public static String enumKey(Enum<?> value) {
        return "enum." + value.getDeclaringClass().getSimpleName() + "." + value.name();
    }

    public static Locale locale() {
        UI ui = UI.getCurrent();
        return ui != null ? ui.getLocale() : Locale.ENGLISH;
    }

    private static I18NProvider provider() {
        VaadinService service = VaadinService.getCurrent();
        if (service != null) {
            return service.getInstantiator().getI18NProvider();
        }
        return FALLBACK;
    }

    private static final I18NProvider FALLBACK = new TranslationProvider();
}

package org.dcrconsole.base.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Every text of the UI, in English and German. Each feature keeps its own bundle
 * {@code i18n/<feature>.properties} with a German twin {@code i18n/<feature>_de.properties};
 * keys start with the feature's name, so bundles never clash.
 */
@Component
public class TranslationProvider implements I18NProvider {

    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale GERMAN = Locale.GERMAN;
    public static final List<Locale> LOCALES = List.of(ENGLISH, GERMAN);

    private static final Logger log = LoggerFactory.getLogger(TranslationProvider.class);

    private final List<String> bundleNames;

    public TranslationProvider() {
        this.bundleNames = findBundleNames();
    }

    /** The base names of all bundles under {@code i18n/}, e.g. {@code i18n/base}. */
    public static List<String> findBundleNames() {
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*.properties");
            TreeSet<String> names = new TreeSet<>();
            for (Resource r : resources) {
                String file = r.getFilename();
                if (file != null && !file.contains("_")) {
                    names.add("i18n/" + file.substring(0, file.length() - ".properties".length()));
                }
            }
            return new ArrayList<>(names);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return LOCALES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale target = GERMAN.getLanguage().equals(locale == null ? null : locale.getLanguage()) ? GERMAN : ENGLISH;
        for (String name : bundleNames) {
            ResourceBundle bundle = ResourceBundle.getBundle(name, target, NO_FALLBACK);
            if (bundle.containsKey(key)) {
                String pattern = bundle.getString(key);
                return params.length == 0 ? pattern : new MessageFormat(pattern, target).format(params);
            }
        }
        log.warn("Missing translation key {}", key);
        return "!" + key;
    }

    /** Whether any bundle holds the key (used by tests and by enum labels with optional keys). */
    public boolean hasKey(String key) {
        for (String name : bundleNames) {
            try {
                if (ResourceBundle.getBundle(name, ENGLISH, NO_FALLBACK).containsKey(key)) {
                    return true;
                }
            } catch (MissingResourceException e) {
                return false;
            }
        }
        return false;
    }

    /** English lives in the root bundle; never fall back to the JVM's default locale. */
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
}

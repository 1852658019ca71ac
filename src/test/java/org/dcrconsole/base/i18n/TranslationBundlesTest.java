package org.dcrconsole.base.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Every bundle under {@code i18n/} has a German twin with the same keys, no key lives in two
 * bundles, and every key the sources name literally exists.
 */
class TranslationBundlesTest {

    private static final Path BUNDLES = Path.of("src/main/resources/i18n");
    private static final Path SOURCES = Path.of("src/main/java");
    private static final JavaClasses CONSOLE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.dcrconsole");

    /** The constants of a console enum by its simple name; none when there is no such enum. */
    private static List<String> constants(String simpleName) {
        return CONSOLE.stream().filter(JavaClass::isEnum).filter(c -> c.getSimpleName().equals(simpleName))
                .findFirst()
                .map(c -> Arrays.stream(c.reflect().getEnumConstants()).map(e -> ((Enum<?>) e).name()).toList())
                .orElse(List.of());
    }

    @Test
    void bundles_are_complete_in_both_languages_and_cover_every_key_in_use() throws IOException {
        assertThat(BundleCheck.problems(BUNDLES, SOURCES, TranslationBundlesTest::constants)).isEmpty();
    }

    @Test
    void the_check_finds_missing_twins_keys_and_duplicates() throws IOException {
        Path fixture = Path.of("src/test/resources/i18n-fixture");
        List<String> problems = BundleCheck.problems(fixture.resolve("bundles"), fixture.resolve("src"),
                name -> name.equals("Mood") ? List.of("HAPPY", "SAD") : List.of());
        assertThat(problems).containsExactlyInAnyOrder(
                "alpha_de.properties lacks alpha.two",
                "alpha.properties lacks alpha.extra",
                "gamma.properties has no German twin gamma_de.properties",
                "alpha.one is defined in both alpha and gamma",
                "Fixture.java.txt uses alpha.missing, which no bundle defines",
                "Fixture.java.txt uses menu.missing, which no bundle defines",
                "Fixture.java.txt uses refusal.missing, which no bundle defines",
                "Fixture.java.txt uses enum.Mood.SAD, which no bundle defines");
    }

    @Test
    void german_browsers_get_german_texts_and_others_english() {
        TranslationProvider provider = new TranslationProvider();
        assertThat(provider.getTranslation("login.submit", Locale.GERMANY)).isEqualTo("Anmelden");
        assertThat(provider.getTranslation("login.submit", Locale.FRENCH)).isEqualTo("Sign in");
    }
}

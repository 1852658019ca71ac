package org.dcrconsole.base.i18n;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Checks translation bundles against each other and against the sources that use them; returns
 * one line per problem. Kept apart from the test so that it can run on a broken fixture too.
 */
final class BundleCheck {

    /**
     * Literal keys in {@code getTranslation("…")}, {@code Labels.t("…")} and {@code @Menu(… title = "…")};
     * a literal followed by {@code +} is only the start of a key built at run time.
     */
    private static final List<Pattern> KEY_USES = List.of(
            Pattern.compile("getTranslation\\(\\s*\"([^\"]+)\"(?!\\s*\\+)"),
            Pattern.compile("Labels\\.t\\(\\s*\"([^\"]+)\"(?!\\s*\\+)"),
            Pattern.compile("@Menu\\([^)]*title\\s*=\\s*\"([^\"]+)\""));
    /** {@code new BusinessException("field", "key", …)} or {@code new BusinessException("key", …)}. */
    private static final Pattern REFUSAL = Pattern.compile(
            "new BusinessException\\(\\s*\"([^\"]+)\"(?:\\s*,\\s*\"([^\"]+)\")?");
    /** A caption key built from an enum: {@code "enum.BoothKind." + kind.name()}. */
    private static final Pattern ENUM_PREFIX = Pattern.compile("\"enum\\.(\\w+)\\.\"\\s*\\+");

    private BundleCheck() {
    }

    /**
     * @param bundles     the folder holding {@code <name>.properties} and {@code <name>_de.properties}
     * @param sources     the source tree to scan for keys
     * @param enumsByName the constants of an enum, by its simple name (empty when unknown)
     */
    static List<String> problems(Path bundles, Path sources, Function<String, List<String>> enumsByName)
            throws IOException {
        List<String> problems = new ArrayList<>();
        Map<String, Set<String>> english = new TreeMap<>();
        Map<String, Set<String>> german = new TreeMap<>();
        try (Stream<Path> files = Files.list(bundles)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".properties")).sorted().toList()) {
                String name = file.getFileName().toString().replace(".properties", "");
                if (name.endsWith("_de")) {
                    german.put(name.substring(0, name.length() - 3), keys(file));
                } else if (name.contains("_")) {
                    problems.add(file.getFileName() + ": only English (no suffix) and German (_de) bundles are read");
                } else {
                    english.put(name, keys(file));
                }
            }
        }
        for (String name : english.keySet()) {
            if (!german.containsKey(name)) {
                problems.add(name + ".properties has no German twin " + name + "_de.properties");
            }
        }
        for (String name : german.keySet()) {
            if (!english.containsKey(name)) {
                problems.add(name + "_de.properties has no English twin " + name + ".properties");
                continue;
            }
            for (String key : difference(english.get(name), german.get(name))) {
                problems.add(name + "_de.properties lacks " + key);
            }
            for (String key : difference(german.get(name), english.get(name))) {
                problems.add(name + ".properties lacks " + key);
            }
        }
        Map<String, String> owner = new TreeMap<>();
        for (var bundle : english.entrySet()) {
            for (String key : bundle.getValue()) {
                String previous = owner.putIfAbsent(key, bundle.getKey());
                if (previous != null) {
                    problems.add(key + " is defined in both " + previous + " and " + bundle.getKey());
                }
            }
        }
        for (var use : usedKeys(sources, enumsByName).entrySet()) {
            if (!owner.containsKey(use.getKey())) {
                problems.add(use.getValue() + " uses " + use.getKey() + ", which no bundle defines");
            }
        }
        return problems;
    }

    /** Keys used in the sources, each with the first file that uses it. */
    private static Map<String, String> usedKeys(Path sources, Function<String, List<String>> enumsByName)
            throws IOException {
        Map<String, String> used = new TreeMap<>();
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                String where = file.getFileName().toString();
                for (Pattern p : KEY_USES) {
                    Matcher m = p.matcher(text);
                    while (m.find()) {
                        used.putIfAbsent(m.group(1), where);
                    }
                }
                Matcher refusal = REFUSAL.matcher(text);
                while (refusal.find()) {
                    // a field name has no dot; the key is the first argument with one
                    String key = refusal.group(1).contains(".") ? refusal.group(1) : refusal.group(2);
                    if (key != null) {
                        used.putIfAbsent(key, where);
                    }
                }
                Matcher enums = ENUM_PREFIX.matcher(text);
                while (enums.find()) {
                    for (String constant : enumsByName.apply(enums.group(1))) {
                        used.putIfAbsent("enum." + enums.group(1) + "." + constant, where);
                    }
                }
            }
        }
        return used;
    }

    private static Set<String> keys(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> result = new TreeSet<>(a);
        result.removeAll(b);
        return result;
    }
}

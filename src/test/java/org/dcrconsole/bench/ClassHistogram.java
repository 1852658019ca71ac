package org.dcrconsole.bench;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.management.ObjectName;

/**
 * The live objects of the heap by class, as {@code jcmd GC.class_histogram} prints them. Taking
 * one runs a full GC first, so two histograms subtracted give what was retained in between,
 * class by class: the reading of why a figure is what it is.
 */
record ClassHistogram(Map<String, Entry> classes, long totalBytes) {

    /** The owner group of an in-process H2's classes (its page cache, rows, values). */
    static final String DATABASE = "in-process database (org.h2), not per session";

    record Entry(String className, long instances, long bytes) {
    }

    private static final Pattern LINE = Pattern.compile("^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+).*$");

    static ClassHistogram take() {
        try {
            String text = (String) ManagementFactory.getPlatformMBeanServer().invoke(
                    new ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                    new Object[] {new String[0]}, new String[] {String[].class.getName()});
            Map<String, Entry> classes = new HashMap<>();
            long total = 0;
            for (String line : text.lines().toList()) {
                Matcher m = LINE.matcher(line);
                if (m.matches()) {
                    String name = normalise(m.group(3));
                    Entry e = new Entry(name, Long.parseLong(m.group(1)), Long.parseLong(m.group(2)));
                    classes.merge(name, e, (a, b) -> new Entry(name, a.instances() + b.instances(), a.bytes() + b.bytes()));
                    total += e.bytes();
                }
            }
            return new ClassHistogram(classes, total);
        } catch (Exception e) {
            throw new IllegalStateException("The DiagnosticCommand MBean did not answer", e);
        }
    }

    /** Lambdas and hidden classes carry an address that differs run to run; fold them by their host. */
    private static String normalise(String className) {
        int lambda = className.indexOf("$$Lambda");
        return lambda < 0 ? className : className.substring(0, lambda) + "$$Lambda";
    }

    /** What this histogram holds more than {@code before}, largest first. */
    List<Entry> grownSince(ClassHistogram before) {
        List<Entry> grown = new ArrayList<>();
        for (Entry now : classes.values()) {
            Entry then = before.classes.get(now.className());
            long bytes = now.bytes() - (then == null ? 0 : then.bytes());
            long instances = now.instances() - (then == null ? 0 : then.instances());
            if (bytes > 0) {
                grown.add(new Entry(now.className(), instances, bytes));
            }
        }
        grown.sort(Comparator.comparingLong(Entry::bytes).reversed());
        return grown;
    }

    /**
     * The growth since {@code before} summed by who owns the classes: the console, Vaadin, the
     * Karibu mocks (present only under test), Spring, and the JDK's own classes and arrays, which
     * any of them may hold.
     */
    Map<String, Long> grownByOwner(ClassHistogram before) {
        Map<String, Long> owners = new LinkedHashMap<>();
        for (String owner : List.of("console (org.dcrconsole)", "Vaadin (com.vaadin)", "JSON nodes (tools.jackson, Vaadin's wire format)",
                "Karibu mocks (com.github.mvysny)", "Spring (org.springframework)", DATABASE, "JDK classes and arrays", "other")) {
            owners.put(owner, 0L);
        }
        for (Entry now : classes.values()) {
            Entry then = before.classes.get(now.className());
            long bytes = now.bytes() - (then == null ? 0 : then.bytes());
            owners.merge(owner(now.className()), bytes, Long::sum);
        }
        return owners;
    }

    private static String owner(String className) {
        String name = className.replaceFirst("^\\[+L?", "");
        if (name.startsWith("org.dcrconsole.")) {
            return "console (org.dcrconsole)";
        }
        if (name.startsWith("com.vaadin.")) {
            return "Vaadin (com.vaadin)";
        }
        if (name.startsWith("com.github.mvysny.")) {
            return "Karibu mocks (com.github.mvysny)";
        }
        if (name.startsWith("org.springframework.")) {
            return "Spring (org.springframework)";
        }
        if (name.startsWith("org.h2.")) {
            return DATABASE;
        }
        if (name.startsWith("tools.jackson.")) {
            return "JSON nodes (tools.jackson, Vaadin's wire format)";
        }
        if (name.startsWith("java.") || name.startsWith("jdk.") || name.startsWith("sun.") || name.length() <= 1) {
            return "JDK classes and arrays";
        }
        return "other";
    }
}

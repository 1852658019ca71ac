package org.dcrconsole.bench;

import java.util.ArrayList;
import java.util.List;

/** The one table the benchmark prints: a row per measurement, columns aligned. */
final class ResultTable {

    private final List<String[]> rows = new ArrayList<>();
    private final String[] header;

    ResultTable(String... header) {
        this.header = header;
    }

    void add(Object... cells) {
        String[] row = new String[cells.length];
        for (int i = 0; i < cells.length; i++) {
            Object c = cells[i];
            row[i] = c instanceof Double d ? String.format(java.util.Locale.ROOT, "%.2f", d) : String.valueOf(c);
        }
        rows.add(row);
        // also as it comes, so a long run shows what it has measured so far
        System.out.println("bench: " + String.join(" | ", row));
    }

    String render() {
        int[] width = new int[header.length];
        for (int i = 0; i < header.length; i++) {
            width[i] = header[i].length();
        }
        for (String[] r : rows) {
            for (int i = 0; i < r.length && i < width.length; i++) {
                width[i] = Math.max(width[i], r[i].length());
            }
        }
        StringBuilder out = new StringBuilder();
        line(out, header, width);
        StringBuilder sep = new StringBuilder("|");
        for (int w : width) {
            sep.append("-".repeat(w + 2)).append('|');
        }
        out.append(sep).append('\n');
        for (String[] r : rows) {
            line(out, r, width);
        }
        return out.toString();
    }

    private static void line(StringBuilder out, String[] cells, int[] width) {
        out.append('|');
        for (int i = 0; i < width.length; i++) {
            String c = i < cells.length ? cells[i] : "";
            out.append(' ').append(c).append(" ".repeat(width[i] - c.length())).append(" |");
        }
        out.append('\n');
    }
}

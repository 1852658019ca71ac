package org.dcrconsole.bench;

import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Reads the database's plan for a query and says whether it is served by an index, on H2
 * ({@code EXPLAIN} names the index in a comment, "tableScan" when there is none) and on
 * PostgreSQL ({@code EXPLAIN} says "Index Scan", "Index Only Scan" or "Bitmap Index Scan").
 */
final class QueryPlans {

    private QueryPlans() {
    }

    static String plan(JdbcTemplate jdbc, String sql, Object... args) {
        List<String> lines = jdbc.queryForList("EXPLAIN " + sql, String.class, args);
        return String.join("\n", lines);
    }

    static boolean usesIndex(String plan) {
        String p = plan.toLowerCase(Locale.ROOT);
        if (p.contains("seq scan") || p.contains("tablescan")) {
            // PostgreSQL may still seq-scan a tiny joined table; the driving table is the first scan
            int seq = Math.max(p.indexOf("seq scan"), p.indexOf("tablescan"));
            int idx = firstIndexMention(p);
            return idx >= 0 && idx < seq;
        }
        return firstIndexMention(p) >= 0;
    }

    /** The plan's line that names the scan without an index, for the table's note. */
    static String scanLine(String plan) {
        return plan.lines().filter(l -> {
            String lower = l.toLowerCase(Locale.ROOT);
            return lower.contains("seq scan") || lower.contains("tablescan");
        }).map(String::strip).findFirst().orElse(plan.lines().findFirst().orElse("?"));
    }

    private static int firstIndexMention(String p) {
        int best = -1;
        for (String marker : List.of("index scan", "index only scan", "bitmap index scan", "/* public.ix_",
                "/* public.uq_", "/* public.pk_", "/* public.fk_", "/* public.primary_key", "/* public.constraint_")) {
            int i = p.indexOf(marker);
            if (i >= 0 && (best < 0 || i < best)) {
                best = i;
            }
        }
        return best;
    }
}

package org.dcrconsole.bench;

import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Reads the database's plan for a query and names the tables it reads without an index, on H2
 * ({@code EXPLAIN} says "PUBLIC.TABLE.tableScan") and on PostgreSQL ("Seq Scan on table").
 */
final class QueryPlans {

    private QueryPlans() {
    }

    static String plan(JdbcTemplate jdbc, String sql, Object... args) {
        List<String> lines = jdbc.queryForList("EXPLAIN " + sql, String.class, args);
        return String.join("\n", lines);
    }

    /** Tables below this many rows are read whole by choice: a scan of a few pages beats any index. */
    static final long SMALL_TABLE_ROWS = 1_000;

    private static final java.util.regex.Pattern PG_SCAN = java.util.regex.Pattern.compile("Seq Scan on (\\w+)");
    private static final java.util.regex.Pattern H2_SCAN = java.util.regex.Pattern.compile("PUBLIC\\.(\\w+)\\.tableScan");

    /** The tables the plan reads without an index, by name. */
    static List<String> scannedTables(String plan) {
        List<String> tables = new java.util.ArrayList<>();
        for (java.util.regex.Pattern p : List.of(PG_SCAN, H2_SCAN)) {
            java.util.regex.Matcher m = p.matcher(plan);
            while (m.find()) {
                tables.add(m.group(1).toLowerCase(Locale.ROOT));
            }
        }
        return tables;
    }

}

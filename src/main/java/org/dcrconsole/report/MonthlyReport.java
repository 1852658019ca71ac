package org.dcrconsole.report;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * The funder's monthly report: the key figures beside the month before, and the breakdowns
 * public reports use. Breakdown keys are enum names (translated when written).
 *
 * @param clientsBySexAndAge unique clients by sex, then by age band ({@link #AGE_BANDS})
 */
public record MonthlyReport(YearMonth month, List<String> siteNames, Instant createdAt, Comparison figures,
                            Map<String, Map<String, Long>> clientsBySexAndAge, Map<String, Long> substances,
                            Map<String, Long> routes, Map<String, Long> referralsByKind,
                            Map<String, Long> refusalsByReason, ChartData charts) {

    /** Age bands of the report, by age reached in the report's year. */
    public static final List<String> AGE_BANDS = List.of("U18", "18_24", "25_34", "35_44", "45_54", "55_PLUS");

    public static final List<String> SEXES = List.of("FEMALE", "MALE", "DIVERSE");

    public static String ageBand(int age) {
        if (age < 18) {
            return "U18";
        } else if (age < 25) {
            return "18_24";
        } else if (age < 35) {
            return "25_34";
        } else if (age < 45) {
            return "35_44";
        } else if (age < 55) {
            return "45_54";
        }
        return "55_PLUS";
    }
}

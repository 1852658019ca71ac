package org.dcrconsole.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * The numbers behind the dashboard's charts, so that the screen (SVG) and the PDF (drawn with
 * OpenPDF) show the same data.
 *
 * @param episodesPerDay     one entry per day of the period, in order, days without visits included
 * @param occupancy          percent booth occupancy by weekday (0 = Monday) and hour (0–23); null where the
 *                           sites were closed in every such hour of the period
 * @param substances         episodes by substance (enum name)
 * @param routes             episodes by route (enum name)
 * @param emergenciesPerMonth emergencies in each of the twelve months up to the period's last month
 */
public record ChartData(List<DayCount> episodesPerDay, Double[][] occupancy, Map<String, Long> substances,
                        Map<String, Long> routes, List<MonthCount> emergenciesPerMonth) {

    public record DayCount(LocalDate day, long count) {
    }

    public record MonthCount(YearMonth month, long count) {
    }

    /** The first and last hour (inclusive) with any opening in the week, for a compact heat map. */
    public int[] openHours() {
        int first = 24;
        int last = -1;
        for (Double[] day : occupancy) {
            for (int h = 0; h < 24; h++) {
                if (day[h] != null) {
                    first = Math.min(first, h);
                    last = Math.max(last, h);
                }
            }
        }
        return last < 0 ? new int[] {0, 23} : new int[] {first, last};
    }
}

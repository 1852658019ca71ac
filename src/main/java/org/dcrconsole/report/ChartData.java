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

    /**
     * The hours of the day to show in the heat map, in order: every hour in which a site was open
     * at some point, starting after the longest closed stretch, so a site open 20:00–02:00 shows
     * 20, 21, 22, 23, 0, 1 and not a day with a hole in it. All 24 when nothing was open.
     */
    public List<Integer> hourColumns() {
        boolean[] open = new boolean[24];
        boolean any = false;
        for (Double[] day : occupancy) {
            for (int h = 0; h < 24; h++) {
                if (day[h] != null) {
                    open[h] = true;
                    any = true;
                }
            }
        }
        int gapStart = 0;
        int gapLength = 0;
        for (int s = 0; any && s < 24; s++) {
            if (!open[s] && open[(s + 23) % 24]) {
                int length = 0;
                while (length < 24 && !open[(s + length) % 24]) {
                    length++;
                }
                if (length > gapLength) {
                    gapStart = s;
                    gapLength = length;
                }
            }
        }
        List<Integer> hours = new java.util.ArrayList<>();
        int first = (gapStart + gapLength) % 24;
        for (int i = 0; i < 24 - gapLength; i++) {
            hours.add((first + i) % 24);
        }
        return hours;
    }
}

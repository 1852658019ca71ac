package org.dcrconsole.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dcrconsole.report.ChartData.DayCount;
import org.dcrconsole.report.ChartData.MonthCount;

/** A hand-made monthly report with known numbers, for the writer and chart tests. */
final class SampleReports {

    static final YearMonth MONTH = YearMonth.of(2026, 10);

    private SampleReports() {
    }

    static MonthlyReport october() {
        Period period = Period.month(MONTH.atDay(1));
        Map<Figure, Double> now = new EnumMap<>(Figure.class);
        Map<Figure, Double> before = new EnumMap<>(Figure.class);
        now.put(Figure.EPISODES, 6120.0);
        before.put(Figure.EPISODES, 5800.0);
        now.put(Figure.UNIQUE_CLIENTS, 433.0);
        before.put(Figure.UNIQUE_CLIENTS, 420.0);
        now.put(Figure.EMERGENCIES, 7.0);
        before.put(Figure.EMERGENCIES, 5.0);
        now.put(Figure.DEATHS, 0.0);
        before.put(Figure.DEATHS, 0.0);
        now.put(Figure.EMERGENCIES_PER_1000, 7000.0 / 6120);
        before.put(Figure.EMERGENCIES_PER_1000, 5000.0 / 5800);
        now.put(Figure.OCCUPANCY, 61.25);
        before.put(Figure.OCCUPANCY, 58.0);
        Comparison figures = new Comparison(new FigureSet(period, now), new FigureSet(period.previous(), before));
        Map<String, Map<String, Long>> clients = new LinkedHashMap<>();
        for (String sex : MonthlyReport.SEXES) {
            Map<String, Long> bands = new LinkedHashMap<>();
            MonthlyReport.AGE_BANDS.forEach(b -> bands.put(b, 0L));
            clients.put(sex, bands);
        }
        clients.get("FEMALE").put("25_34", 41L);
        clients.get("MALE").put("35_44", 97L);
        clients.get("DIVERSE").put("18_24", 3L);
        List<DayCount> days = new ArrayList<>();
        for (LocalDate d : period.dates()) {
            days.add(new DayCount(d, 180 + d.getDayOfMonth() * 3L));
        }
        Double[][] occupancy = new Double[7][24];
        for (int d = 0; d < 7; d++) {
            for (int h = 11; h < 23; h++) {
                occupancy[d][h] = (double) ((d * 7 + h * 5) % 100);
            }
        }
        List<MonthCount> months = new ArrayList<>();
        for (int i = 11; i >= 0; i--) {
            months.add(new MonthCount(MONTH.minusMonths(i), i % 4 + 3L));
        }
        ChartData charts = new ChartData(days, occupancy, Map.of("OPIOIDS", 3100L, "CRACK", 2400L, "COCAINE", 900L),
                Map.of("INJECTION", 3300L, "INHALATION", 2820L), months);
        return new MonthlyReport(MONTH, List.of("Central", "Riverside"), Instant.parse("2026-11-02T08:15:00Z"), figures,
                clients, Map.of("OPIOIDS", 3100L, "CRACK", 2400L, "COCAINE", 900L),
                Map.of("INJECTION", 3300L, "INHALATION", 2820L), Map.of("TREATMENT", 120L, "HOUSING", 44L),
                Map.of("INTOXICATED", 31L, "FULL", 12L), charts);
    }
}

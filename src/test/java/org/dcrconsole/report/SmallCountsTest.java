package org.dcrconsole.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SmallCountsTest {

    @Test
    void counts_from_one_to_four_are_shown_as_under_five_and_zero_and_five_as_they_are() {
        assertThat(SmallCounts.count(0)).isEqualTo("0");
        assertThat(SmallCounts.count(1)).isEqualTo("<5");
        assertThat(SmallCounts.count(4)).isEqualTo("<5");
        assertThat(SmallCounts.count(5)).isEqualTo("5");
    }

    @Test
    void a_single_small_cell_of_a_group_hides_the_smallest_other_cell_so_the_total_gives_nothing_away() {
        Map<String, Long> cells = new LinkedHashMap<>();
        cells.put("a", 3L);
        cells.put("b", 40L);
        cells.put("c", 12L);
        cells.put("d", 0L);

        assertThat(SmallCounts.group(cells)).containsExactly(Map.entry("a", "<5"), Map.entry("b", "40"),
                Map.entry("c", SmallCounts.HIDDEN), Map.entry("d", "0"));
    }

    @Test
    void two_small_cells_protect_each_other_and_a_group_without_small_cells_is_shown_whole() {
        assertThat(SmallCounts.group(Map.of("a", 2L, "b", 1L, "c", 50L)))
                .containsEntry("a", "<5").containsEntry("b", "<5").containsEntry("c", "50");
        assertThat(SmallCounts.group(Map.of("a", 7L, "b", 50L))).containsEntry("a", "7").containsEntry("b", "50");
    }

    @Test
    void a_rate_is_hidden_when_its_count_is_small() {
        Period p = Period.month(java.time.LocalDate.of(2025, 11, 1));
        FigureSet set = new FigureSet(p, Map.of(Figure.EMERGENCIES, 2.0, Figure.EPISODES, 900.0,
                Figure.EMERGENCIES_PER_1000, 2000.0 / 900, Figure.STOCK_WASTED, 3.0));

        assertThat(SmallCounts.suppressed(Figure.EMERGENCIES, set)).isTrue();
        assertThat(SmallCounts.suppressed(Figure.EMERGENCIES_PER_1000, set)).isTrue();
        assertThat(SmallCounts.suppressed(Figure.EPISODES, set)).isFalse();
        assertThat(SmallCounts.suppressed(Figure.STOCK_WASTED, set)).as("stock counts no person").isFalse();
    }
}

package org.dcrconsole.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Statistical disclosure control for the funder's report: a count of 1 to 4 people or events could
 * point at a person (health data, GDPR Art. 9), so it is shown as {@value #SMALL} instead.
 *
 * <p>A suppressed cell must not be recoverable from what else is shown. The rule kept here is the
 * simple safe one, per group of cells that add up to a shown total (a breakdown, the sex × age
 * table, the days of the month): if exactly one cell of a group is small, the smallest other
 * non-zero cell is hidden as well ({@value #HIDDEN}), so the total only gives the sum of two
 * unknown cells. A total that is itself 1 to 4 is suppressed like any count, and a total of a row
 * or column that holds a hidden cell is hidden. Zero is shown: "nobody" points at no one. A change
 * against last month and a rate are hidden when a count they are made of is suppressed, since
 * either would give it back.
 */
public final class SmallCounts {

    /** Counts below this (and above zero) are not shown. */
    public static final int THRESHOLD = 5;
    /** What a suppressed count shows. */
    public static final String SMALL = "<5";
    /** What a cell hidden only to protect a small one shows. */
    public static final String HIDDEN = "x";

    /** Figures that count people or their visits and incidents; staffing and stock count no one. */
    static final Set<Figure.Group> PERSON_GROUPS = Set.of(Figure.Group.VISITS, Figure.Group.INCIDENTS);

    private SmallCounts() {
    }

    public static boolean small(long n) {
        return n > 0 && n < THRESHOLD;
    }

    /** A single count as shown. */
    public static String count(long n) {
        return small(n) ? SMALL : String.valueOf(n);
    }

    /** Whether a figure's value is shown as {@value #SMALL}: a count of people or events from 1 to 4. */
    public static boolean suppressed(Figure figure, FigureSet set) {
        if (!PERSON_GROUPS.contains(figure.group())) {
            return false;
        }
        return switch (figure) {
            case EMERGENCIES_PER_1000 -> small(Math.round(set.value(Figure.EMERGENCIES)));
            case REFERRALS_PER_100 -> small(Math.round(set.value(Figure.REFERRALS)));
            default -> figure.format() == Figure.Format.COUNT && small(Math.round(set.value(figure)));
        };
    }

    /**
     * The cells of a group that adds up to a shown total, as shown: small ones as {@value #SMALL},
     * and if only one is small, the smallest other non-zero one as {@value #HIDDEN}.
     */
    public static <K> Map<K, String> group(Map<K, Long> cells) {
        Map<K, String> out = new LinkedHashMap<>();
        List<K> small = cells.entrySet().stream().filter(e -> small(e.getValue())).map(Map.Entry::getKey).toList();
        K secondary = null;
        if (small.size() == 1) {
            secondary = cells.entrySet().stream()
                    .filter(e -> e.getValue() > 0 && !e.getKey().equals(small.getFirst()))
                    .min(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
        }
        for (Map.Entry<K, Long> e : cells.entrySet()) {
            if (small(e.getValue())) {
                out.put(e.getKey(), SMALL);
            } else if (e.getKey().equals(secondary)) {
                out.put(e.getKey(), HIDDEN);
            } else {
                out.put(e.getKey(), String.valueOf(e.getValue()));
            }
        }
        return out;
    }

    /** Whether a shown cell is not its number. */
    public static boolean masked(String shown) {
        return SMALL.equals(shown) || HIDDEN.equals(shown);
    }
}

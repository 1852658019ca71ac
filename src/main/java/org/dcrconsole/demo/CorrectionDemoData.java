package org.dcrconsole.demo;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import org.dcrconsole.booth.BoardService;
import org.dcrconsole.booth.BoothState;
import org.dcrconsole.booth.Substance;
import org.dcrconsole.booth.VisitCorrectionRequest;
import org.dcrconsole.booth.VisitCorrectionService;
import org.dcrconsole.site.SiteService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Corrections as a supervisor would have made them: a few corrected visits, one voided check-in,
 * a booth out of service with its reason, and open stock discrepancies for the stock keeper. Runs
 * after the visits and the stock exist; goes through the correction service so the history and
 * the roll-up stay as the console keeps them.
 */
@Component
class CorrectionDemoData implements DemoStep {

    private final VisitCorrectionService corrections;
    private final BoardService board;
    private final SiteService siteService;
    private final JdbcTemplate jdbc;

    CorrectionDemoData(VisitCorrectionService corrections, BoardService board, SiteService siteService, JdbcTemplate jdbc) {
        this.corrections = corrections;
        this.board = board;
        this.siteService = siteService;
        this.jdbc = jdbc;
    }

    @Override
    public int order() {
        return 350;
    }

    @Override
    public void run(DemoContext context) {
        long central = context.siteId(DemoContext.CENTRAL);
        ZoneId zone = siteService.site(central).zone();
        LocalDate yesterday = context.today().minusDays(1);
        List<Long> closed = jdbc.queryForList("SELECT id FROM visit WHERE site_id = ? AND ended_at IS NOT NULL "
                + "AND started_at >= ? AND started_at < ? ORDER BY started_at FETCH FIRST 4 ROWS ONLY", Long.class, central,
                Timestamp.from(yesterday.atStartOfDay(zone).toInstant()),
                Timestamp.from(context.today().atStartOfDay(zone).toInstant()));
        if (closed.size() == 4) {
            corrections.correct(central, closed.get(0), new VisitCorrectionRequest(null,
                    EnumSet.of(Substance.OPIOIDS, Substance.BENZODIAZEPINES), null, null, null, null,
                    "Client mentioned the benzodiazepines only at check-out"));
            Instant ended = jdbc.queryForObject("SELECT ended_at FROM visit WHERE id = ?", Timestamp.class,
                    closed.get(1)).toInstant();
            corrections.correct(central, closed.get(1), new VisitCorrectionRequest(null, null, null, null, null,
                    ended.minusSeconds(300), "Checked out late at the desk; the client left five minutes earlier"));
            corrections.correct(central, closed.get(2), new VisitCorrectionRequest(null, null,
                    org.dcrconsole.booth.ConsumptionRoute.INTRANASAL, null, null, null, "Route ticked wrongly at check-in"));
            corrections.voidVisit(central, closed.get(3), "Mistyped client code; the client was checked in again correctly");
        }
        board.board(central).tiles().stream().filter(t -> t.state() == BoothState.FREE).reduce((a, b) -> b)
                .ifPresent(t -> corrections.setBoothInService(central, t.booth().id(), false,
                        "Extraction fan broken, technician booked for tomorrow"));
        // two shortfalls the floor handed out beyond the books, waiting for the stock keeper's count
        Long lastVisit = jdbc.queryForObject("SELECT MAX(id) FROM visit WHERE site_id = ?", Long.class, central);
        Instant now = context.clock().instant();
        for (String[] shortfall : new String[][] {{"SYRINGE_2ML", "3"}, {"NEEDLE", "5"}}) {
            List<Long> item = jdbc.queryForList("SELECT id FROM stock_item WHERE site_id = ? AND supply = ?", Long.class,
                    central, shortfall[0]);
            if (!item.isEmpty()) {
                jdbc.update("INSERT INTO stock_discrepancy (site_id, item_id, visit_id, quantity, occurred_at, recorded_by, "
                                + "created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", central, item.getFirst(), lastVisit,
                        Integer.parseInt(shortfall[1]), Timestamp.from(now.minusSeconds(3600)), "staff", Timestamp.from(now),
                        "system");
            }
        }
    }
}

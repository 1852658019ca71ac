package org.dcrconsole.booth.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dcrconsole.booth.Board;
import org.dcrconsole.booth.BoardSummary;
import org.dcrconsole.booth.BoothState;
import org.dcrconsole.booth.ConsumptionRoute;
import org.dcrconsole.booth.Substance;
import org.dcrconsole.site.BoothInfo;
import org.dcrconsole.site.BoothKind;
import org.junit.jupiter.api.Test;

/** The board's live region speaks once per real change of a booth, never on a plain timer tick. */
class BoardAnnouncerTest {

    private static final BoothInfo I01 = new BoothInfo(1, 9, "I01", BoothKind.INJECTION, false, true);
    private static final BoothInfo I02 = new BoothInfo(2, 9, "I02", BoothKind.INJECTION, false, true);
    private static final Instant T0 = Instant.parse("2026-12-02T10:00:00Z");

    private final BoardAnnouncer announcer = new BoardAnnouncer();

    @Test
    void a_check_in_is_announced_once_and_the_ticks_after_it_say_nothing() {
        assertThat(say(board(T0, free(I01), free(I02)))).as("first look").isEmpty();
        assertThat(say(board(T0.plusSeconds(15), free(I01), free(I02)))).as("tick").isEmpty();

        assertThat(say(board(T0.plusSeconds(20), occupied(I01), free(I02)))).contains("board.announce.OCCUPIED I01");
        assertThat(say(board(T0.plusSeconds(35), occupied(I01), free(I02)))).as("tick, minutes only").isEmpty();
        assertThat(say(board(T0.plusSeconds(50), occupied(I01), free(I02)))).as("tick, minutes only").isEmpty();

        assertThat(say(board(T0.plusSeconds(60), cleaning(I01), occupied(I02))))
                .contains("board.announce.CLEANING I01 board.announce.OCCUPIED I02");
    }

    private Optional<String> say(Board board) {
        return announcer.changes(board, (key, label) -> key + " " + label);
    }

    private static Board board(Instant at, Board.Tile... tiles) {
        return new Board(List.of(tiles), List.of(), new BoardSummary(0, 0, 0, 0, 0), at);
    }

    private static Board.Tile free(BoothInfo booth) {
        return new Board.Tile(booth, BoothState.FREE, null, null, 30);
    }

    private static Board.Tile occupied(BoothInfo booth) {
        return new Board.Tile(booth, BoothState.OCCUPIED, new Board.OpenVisit(7, 8, "K-7", Set.of(Substance.OPIOIDS),
                ConsumptionRoute.INJECTION, T0), null, 30);
    }

    private static Board.Tile cleaning(BoothInfo booth) {
        return new Board.Tile(booth, BoothState.CLEANING, null, T0.plusSeconds(600), 30);
    }
}

package org.dcrconsole.booth.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import org.dcrconsole.booth.Board;
import org.dcrconsole.booth.BoothState;

/**
 * What a screen reader hears of the board: a sentence for each booth whose state changed since
 * the screen last looked ("Booth I03 checked in"). The board is redrawn on every timer tick, and
 * a tick that changes nothing but the minutes says nothing, so the polite live region speaks
 * once per real change.
 */
final class BoardAnnouncer {

    private final Map<Long, BoothState> last = new HashMap<>();
    private boolean seen;

    /** The sentence for what changed since the last board (empty on the first look and on a plain tick). */
    Optional<String> changes(Board board, BiFunction<String, String, String> translate) {
        List<String> sentences = new ArrayList<>();
        for (Board.Tile tile : board.tiles()) {
            BoothState before = last.put(tile.booth().id(), tile.state());
            if (seen && before != tile.state()) {
                sentences.add(translate.apply("board.announce." + tile.state().name(), tile.booth().label()));
            }
        }
        seen = true;
        return sentences.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", sentences));
    }
}

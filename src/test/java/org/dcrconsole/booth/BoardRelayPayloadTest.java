package org.dcrconsole.booth;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What a notification from another instance turns into (no database needed). */
class BoardRelayPayloadTest {

    @Test
    void a_change_of_another_instance_is_read_by_its_ids() {
        assertThat(BoardRelay.parse("b;7;CHECKED_IN;12", "a")).isEqualTo(new BoardChange(7, BoardChange.Kind.CHECKED_IN, 12L));
        assertThat(BoardRelay.parse("b;7;QUEUE_CHANGED;", "a")).isEqualTo(new BoardChange(7, BoardChange.Kind.QUEUE_CHANGED, null));
    }

    @Test
    void own_changes_unknown_kinds_and_malformed_payloads_are_dropped() {
        assertThat(BoardRelay.parse("a;7;CHECKED_IN;12", "a")).isNull();
        assertThat(BoardRelay.parse("b;7;HANDOVER_OF_A_NEWER_VERSION;", "a")).isNull();
        assertThat(BoardRelay.parse("b;seven;CHECKED_IN;12", "a")).isNull();
        assertThat(BoardRelay.parse("b;7;CHECKED_IN", "a")).isNull();
        assertThat(BoardRelay.parse("", "a")).isNull();
    }
}

package org.dcrconsole.stock;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.dcrconsole.BadInputRun;
import org.dcrconsole.BadValues;
import org.dcrconsole.DcrSpringBootTest;
import org.dcrconsole.TestUsers;
import org.dcrconsole.site.SiteService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Bad input to the transfer forms (item code, note, loss reason): stored valid or refused clearly. */
@DcrSpringBootTest
@Tag("db")
class TransferBadInputTest {

    private static final int SAMPLES = 80;

    @Autowired StockService stock;
    @Autowired TransferService transfers;
    @Autowired SiteService siteService;

    StockFixture fixture;
    long from;
    long to;
    final BadInputRun run = new BadInputRun();

    @BeforeEach
    void seed() {
        fixture = new StockFixture(siteService, stock);
        from = fixture.newSite("Bad transfer");
        to = fixture.newSite("Bad transfer to");
        StockFixture.keeper(from, to);
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void item_codes_of_any_kind_are_stored_valid_or_refused_clearly() {
        BadValues.strings(Item.CODE_MAX, SAMPLES).forEach(code -> run.attempt(code, () -> {
            Item saved = fixture.linked(from, "Item " + UUID.randomUUID(), code, false);
            String read = stock.item(from, saved.getId()).getCode();
            assertThat(read).isEqualTo(Item.normaliseCode(code));
            if (read != null) {
                BadInputRun.assertPlain(read, false);
                assertThat(read.length()).isLessThanOrEqualTo(Item.CODE_MAX);
            }
        }));
        run.assertAllHandled();
    }

    @Test
    void notes_and_loss_reasons_of_any_kind_are_stored_valid_or_refused_clearly() {
        Item item = fixture.linked(from, "Swab", "SWAB", false);
        fixture.linked(to, "Swab", "SWAB", false);
        stock.record(from, MovementRequest.of(item.getId(), MovementKind.RECEIPT, 10_000));
        BadValues.strings(StockMovement.REASON_MAX, SAMPLES).forEach(text -> run.attempt(text, () -> {
            long id = transfers.draft(from, new TransferRequest(to, text.length() > TransferOrder.NOTE_MAX ? "n" : text,
                    List.of(new TransferRequest.Line(item.getId(), null, 2))));
            transfers.send(from, id);
            TransferLine line = transfers.transfer(to, id).lines().getFirst();
            transfers.receive(to, id, List.of(new TransferReceipt(line.getId(), 1, text)), false);
            TransferDetail back = transfers.transfer(to, id);
            assertThat(back.lines().getFirst().getLossReason()).isEqualTo(text.strip());
            BadInputRun.assertPlain(back.lines().getFirst().getLossReason(), false);
            if (back.summary().note() != null) {
                BadInputRun.assertPlain(back.summary().note(), false);
            }
        }));
        run.assertAllHandled();
    }
}

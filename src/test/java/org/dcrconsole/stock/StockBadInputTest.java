package org.dcrconsole.stock;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validator;
import java.time.LocalDate;
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
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * Bad input fed to the services behind the stock forms (movement, item, supplier, purchase
 * order): every value is stored and reads back valid and unchanged, or is refused clearly.
 */
@DcrSpringBootTest
@Tag("db")
class StockBadInputTest {

    private static final int SAMPLES = 120;

    @Autowired
    StockService stock;
    @Autowired
    PurchaseOrderService orders;
    @Autowired
    SiteService siteService;
    @Autowired
    Validator validator;

    StockFixture fixture;
    long siteId;
    final BadInputRun run = new BadInputRun();

    @BeforeEach
    void seed() {
        fixture = new StockFixture(siteService, stock);
        siteId = fixture.newSite("Bad stock");
        StockFixture.keeper(siteId);
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void movement_quantities_negative_zero_or_huge_are_booked_as_sent_or_refused() {
        long itemId = fixture.simpleItem(siteId, "Swabs " + UUID.randomUUID()).getId();
        BadValues.ints(SAMPLES).forEach(q -> {
            for (MovementKind kind : new MovementKind[] {MovementKind.RECEIPT, MovementKind.USE, MovementKind.ADJUSTMENT}) {
                run.attempt(kind + " " + q, () -> {
                    stock.record(siteId, MovementRequest.of(itemId, kind, q).because("count"));
                    StockMovement back = latest(itemId);
                    assertThat(back.getKind()).isEqualTo(kind);
                    assertThat(Math.abs(back.getQuantity())).isEqualTo(Math.abs(q));
                    assertThat(q).as("booked quantity").isNotZero();
                    assertThat(kind == MovementKind.ADJUSTMENT || q > 0).as("positive unless an adjustment").isTrue();
                });
            }
        });
        assertThat(stock.lots(siteId, itemId)).allSatisfy(l -> assertThat(l.quantity()).isNotNegative());
        run.assertAllHandled();
    }

    @Test
    void movement_reasons_of_any_kind_are_stored_valid_or_refused_clearly() {
        long itemId = fixture.simpleItem(siteId, "Foil " + UUID.randomUUID()).getId();
        BadValues.strings(StockMovement.REASON_MAX, SAMPLES).forEach(reason -> run.attempt(reason, () -> {
            stock.record(siteId, MovementRequest.of(itemId, MovementKind.ADJUSTMENT, 1).because(reason));
            String read = latest(itemId).getReason();
            assertThat(read).isEqualTo(reason.strip());
            BadInputRun.assertPlain(read, false);
        }));
        run.assertAllHandled();
    }

    @Test
    void lot_numbers_and_expiry_dates_of_any_kind_are_stored_as_sent_or_refused() {
        long itemId = fixture.item(siteId, "Naloxone " + UUID.randomUUID(), true, null, null, 1, 0, 0, 7).getId();
        BadValues.strings(Lot.NUMBER_MAX, SAMPLES).forEach(number -> run.attempt(number, () -> {
            stock.record(siteId, MovementRequest.of(itemId, MovementKind.RECEIPT, 1).withLot(number, LocalDate.of(2099, 1, 1)));
            assertThat(stock.lots(siteId, itemId)).anySatisfy(l -> {
                assertThat(l.lotNumber()).isEqualTo(number.strip());
                BadInputRun.assertPlain(l.lotNumber(), false);
            });
        }));
        BadValues.dates(SAMPLES).forEach(expiry -> run.attempt(expiry, () -> {
            String number = "L-" + UUID.randomUUID().toString().substring(0, 8);
            stock.record(siteId, MovementRequest.of(itemId, MovementKind.RECEIPT, 1).withLot(number, expiry));
            assertThat(stock.lots(siteId, itemId)).anySatisfy(l -> {
                assertThat(l.lotNumber()).isEqualTo(number);
                assertThat(l.expiryDate()).isEqualTo(expiry);
            });
        }));
        run.assertAllHandled();
    }

    @Test
    void item_and_supplier_texts_and_levels_of_any_kind_are_stored_valid_or_refused_clearly() {
        BadValues.strings(Item.NAME_MAX, SAMPLES).forEach(name -> run.attempt("item " + name, () -> {
            Item back = stock.item(siteId, fixture.simpleItem(siteId, name).getId());
            assertThat(validator.validate(back)).isEmpty();
            assertThat(back.getName()).isEqualTo(name.strip());
            BadInputRun.assertPlain(back.getName(), false);
        }));
        BadValues.ints(SAMPLES).forEach(n -> run.attempt("levels " + n, () -> {
            Item back = stock.item(siteId, fixture.item(siteId, "Level " + UUID.randomUUID(), false, null, null, n, n, n, n).getId());
            assertThat(validator.validate(back)).isEmpty();
            assertThat(back.getPackSize()).isEqualTo(n);
        }));
        BadValues.strings(Supplier.NAME_MAX, SAMPLES).forEach(text -> run.attempt("supplier " + text, () -> {
            Supplier s = new Supplier();
            s.setName(text);
            s.setContact(text);
            long id = stock.saveSupplier(s).getId();
            Supplier back = stock.suppliers().stream().filter(x -> x.getId() == id).findFirst().orElseThrow();
            assertThat(validator.validate(back)).isEmpty();
            assertThat(back.getName()).isEqualTo(text.strip());
            BadInputRun.assertPlain(back.getName(), false);
            BadInputRun.assertPlain(back.getContact(), false);
        }));
        run.assertAllHandled();
    }

    @Test
    void purchase_order_quantities_and_notes_of_any_kind_are_stored_as_sent_or_refused() {
        long supplierId = fixture.supplier().getId();
        long itemId = fixture.item(siteId, "Cookers " + UUID.randomUUID(), false, null, supplierId, 1, 0, 0, 7).getId();
        long draft = orders.createDraft(siteId, supplierId);
        BadValues.ints(SAMPLES).forEach(q -> run.attempt("line " + q, () -> {
            orders.setLine(siteId, draft, itemId, q);
            if (q == 0) {
                assertThat(orders.order(siteId, draft).lines()).as("a line of 0 is removed").isEmpty();
            } else {
                assertThat(orders.order(siteId, draft).lines()).singleElement()
                        .satisfies(l -> assertThat(l.ordered()).isEqualTo(q));
            }
        }));
        BadValues.strings(PurchaseOrder.NOTE_MAX, SAMPLES).forEach(note -> run.attempt("note " + note, () -> {
            long order = orders.createDraft(siteId, supplierId);
            orders.setLine(siteId, order, itemId, 5);
            orders.place(siteId, order, LocalDate.of(2099, 1, 1), note);
            String read = orders.order(siteId, order).note();
            assertThat(read).isEqualTo(note.isBlank() ? null : note.strip());
            BadInputRun.assertPlain(read, false);
        }));
        BadValues.dates(SAMPLES).forEach(expected -> run.attempt("expected " + expected, () -> {
            long order = orders.createDraft(siteId, supplierId);
            orders.setLine(siteId, order, itemId, 5);
            orders.place(siteId, order, expected, null);
            assertThat(orders.order(siteId, order).expectedDate()).isEqualTo(expected);
        }));
        run.assertAllHandled();
    }

    private StockMovement latest(long itemId) {
        return stock.movements(siteId, itemId, PageRequest.of(0, 1, Sort.by(Sort.Order.desc("id")))).getContent().getFirst();
    }
}

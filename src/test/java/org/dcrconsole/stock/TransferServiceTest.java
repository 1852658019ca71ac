package org.dcrconsole.stock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import java.util.List;
import org.dcrconsole.DcrSpringBootTest;
import org.dcrconsole.TestUsers;
import org.dcrconsole.base.BusinessException;
import org.dcrconsole.security.Role;
import org.dcrconsole.security.SignedInUser;
import org.dcrconsole.site.SiteService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** Transfer orders: each side at its own site, the state machine, in transit at both, items linked by code. */
@DcrSpringBootTest
@Tag("db")
class TransferServiceTest {

    @Autowired StockService stock;
    @Autowired TransferService transfers;
    @Autowired SiteService siteService;
    @Autowired JdbcTemplate jdbc;

    StockFixture fixture;
    long from;
    long to;
    SignedInUser sender;
    SignedInUser receiver;
    LocalDate today;
    Item here;
    Item there;

    @BeforeEach
    void setUp() {
        fixture = new StockFixture(siteService, stock);
        from = fixture.newSite("Sender");
        to = fixture.newSite("Receiver");
        sender = TestUsers.user("sender-keeper", List.of(from), Role.STOCK_KEEPER);
        receiver = TestUsers.user("receiver-keeper", List.of(to), Role.STOCK_KEEPER);
        TestUsers.signIn(sender);
        today = LocalDate.now(siteService.site(from).zone());
        here = fixture.linked(from, "Naloxone kit", "NALOXONE-KIT", true);
        stock.record(from, MovementRequest.of(here.getId(), MovementKind.RECEIPT, 6).withLot("N-1", today.plusDays(100)));
        stock.record(from, MovementRequest.of(here.getId(), MovementKind.RECEIPT, 6).withLot("N-2", today.plusDays(200)));
        TestUsers.signIn(receiver);
        there = fixture.linked(to, "Naloxone kit", "naloxone kit", true);
        TestUsers.signIn(sender);
    }

    @AfterEach
    void tearDown() {
        TestUsers.signOut();
    }

    private long draft(Item item, int quantity) {
        return transfers.draft(from, new TransferRequest(to, "for the weekend",
                List.of(new TransferRequest.Line(item.getId(), null, quantity))));
    }

    private int onHand(long site, long itemId) {
        return stock.stockList(site, StockFilter.ALL).stream().filter(r -> r.itemId() == itemId).findFirst()
                .orElseThrow().onHand();
    }

    private List<TransferReceipt> whole(long site, long id) {
        return transfers.transfer(site, id).lines().stream()
                .map(l -> new TransferReceipt(l.getId(), l.getQuantity(), null)).toList();
    }

    private static void refused(Runnable call, String key) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(BusinessException.class,
                e -> assertThat(e.messageKey()).isEqualTo(key));
    }

    private void assertBalanceEqualsLedger(long itemId) {
        Integer ledger = jdbc.queryForObject("SELECT COALESCE(SUM(quantity), 0) FROM stock_movement WHERE item_id = ?",
                Integer.class, itemId);
        Integer balance = jdbc.queryForObject("SELECT COALESCE(SUM(quantity), 0) FROM stock_balance WHERE item_id = ?",
                Integer.class, itemId);
        assertThat(balance).isEqualTo(ledger);
    }

    @Test
    void a_sent_transfer_leaves_the_sender_earliest_expiry_first_is_in_transit_at_both_and_arrives_lot_by_lot() {
        long id = draft(here, 8);
        assertThat(onHand(from, here.getId())).isEqualTo(12);

        transfers.send(from, id);

        assertThat(onHand(from, here.getId())).isEqualTo(4);
        assertThat(transfers.transfer(from, id).lines()).extracting(TransferLine::getLotNumber, TransferLine::getQuantity)
                .containsExactly(tuple("N-1", 6), tuple("N-2", 2));
        assertThat(transfers.inTransit(from)).containsEntry(here.getId(), new InTransit(8, 0));
        TestUsers.signIn(receiver);
        assertThat(transfers.inTransit(to)).containsEntry(there.getId(), new InTransit(0, 8));
        assertThat(transfers.transfers(to, PageRequest.of(0, 10)).getContent()).extracting(TransferSummary::id,
                TransferSummary::status, TransferSummary::units).containsExactly(tuple(id, TransferStatus.SENT, 8L));
        assertThat(onHand(to, there.getId())).isZero();

        transfers.receive(to, id, whole(to, id), false);

        assertThat(stock.lots(to, there.getId())).extracting(LotStock::lotNumber, LotStock::quantity, LotStock::expiryDate)
                .containsExactly(tuple("N-1", 6, today.plusDays(100)), tuple("N-2", 2, today.plusDays(200)));
        assertThat(transfers.inTransit(to)).isEmpty();
        Integer in = jdbc.queryForObject("SELECT SUM(quantity) FROM stock_movement WHERE item_id = ? AND kind = 'TRANSFER_IN'"
                + " AND counterpart_site_id = ?", Integer.class, there.getId(), from);
        Integer out = jdbc.queryForObject("SELECT SUM(quantity) FROM stock_movement WHERE item_id = ? AND kind = 'TRANSFER_OUT'"
                + " AND counterpart_site_id = ?", Integer.class, here.getId(), to);
        assertThat(in).isEqualTo(8);
        assertThat(out).isEqualTo(-8);
        assertBalanceEqualsLedger(here.getId());
        assertBalanceEqualsLedger(there.getId());
        TestUsers.signIn(sender);
        assertThat(transfers.inTransit(from)).isEmpty();
    }

    @Test
    void a_chosen_lot_is_sent_instead_of_the_earliest() {
        long lateLot = stock.lots(from, here.getId()).stream().filter(l -> "N-2".equals(l.lotNumber())).findFirst()
                .orElseThrow().lotId();
        long id = transfers.draft(from, new TransferRequest(to, null,
                List.of(new TransferRequest.Line(here.getId(), lateLot, 5))));
        transfers.send(from, id);
        assertThat(stock.lots(from, here.getId())).extracting(LotStock::lotNumber, LotStock::quantity)
                .containsExactly(tuple("N-1", 6), tuple("N-2", 1));
    }

    @Test
    void a_short_receipt_books_the_missing_units_as_waste_with_the_reason() {
        long id = draft(here, 6);
        transfers.send(from, id);
        TestUsers.signIn(receiver);
        TransferLine line = transfers.transfer(to, id).lines().getFirst();

        refused(() -> transfers.receive(to, id, List.of(new TransferReceipt(line.getId(), 4, " ")), false),
                "transfer.error.lossReason");
        refused(() -> transfers.receive(to, id, List.of(new TransferReceipt(line.getId(), 7, null)), false),
                "transfer.error.receivedRange");
        transfers.receive(to, id, List.of(new TransferReceipt(line.getId(), 4, "two vials broken")), false);

        assertThat(onHand(to, there.getId())).isEqualTo(4);
        assertThat(jdbc.queryForObject("SELECT quantity FROM stock_movement WHERE item_id = ? AND kind = 'WASTE'",
                Integer.class, there.getId())).isEqualTo(-2);
        assertThat(jdbc.queryForObject("SELECT reason FROM stock_movement WHERE item_id = ? AND kind = 'WASTE'",
                String.class, there.getId())).endsWith("two vials broken");
        assertThat(transfers.transfer(to, id).lines()).extracting(TransferLine::getReceivedQuantity,
                TransferLine::getLossReason).containsExactly(tuple(4, "two vials broken"));
        assertBalanceEqualsLedger(there.getId());
    }

    @Test
    void a_transfer_is_sent_once_received_once_and_cancelled_only_before_sending() {
        long id = draft(here, 2);
        TestUsers.signIn(receiver);
        refused(() -> transfers.receive(to, id, List.of(), false), "transfer.error.notSent");
        TestUsers.signIn(sender);
        transfers.send(from, id);
        refused(() -> transfers.send(from, id), "transfer.error.notDraft");
        refused(() -> transfers.cancel(from, id), "transfer.error.notDraft");
        assertThat(onHand(from, here.getId())).isEqualTo(10);
        TestUsers.signIn(receiver);
        List<TransferReceipt> all = whole(to, id);
        transfers.receive(to, id, all, false);
        refused(() -> transfers.receive(to, id, all, false), "transfer.error.alreadyReceived");
        assertThat(onHand(to, there.getId())).isEqualTo(2);

        TestUsers.signIn(sender);
        long other = draft(here, 1);
        transfers.cancel(from, other);
        refused(() -> transfers.send(from, other), "transfer.error.notDraft");
        assertThat(onHand(from, here.getId())).isEqualTo(10);
    }

    @Test
    void the_database_refuses_a_second_posting_of_a_transfer_line() {
        long id = draft(here, 2);
        transfers.send(from, id);
        long lineId = transfers.transfer(from, id).lines().getFirst().getId();
        assertThatThrownBy(() -> jdbc.update("INSERT INTO stock_movement (site_id, item_id, kind, quantity, "
                + "transfer_line_id, occurred_at, recorded_at, recorded_by) VALUES (?, ?, 'TRANSFER_OUT', -1, ?, "
                + "CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'test')", from, here.getId(), lineId))
                .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
    }

    @Test
    void sending_more_than_is_on_hand_is_refused_and_nothing_leaves() {
        long id = draft(here, 13);
        refused(() -> transfers.send(from, id), "movement.error.insufficient");
        assertThat(onHand(from, here.getId())).isEqualTo(12);
        assertThat(transfers.transfer(from, id).summary().status()).isEqualTo(TransferStatus.DRAFT);
    }

    @Test
    void the_sender_acts_only_at_the_sending_site_and_the_receiver_only_at_the_receiving_site() {
        long id = draft(here, 3);
        // the receiver cannot send it, neither through their own site nor through the sender's
        TestUsers.signIn(receiver);
        refused(() -> transfers.send(to, id), "error.notFound");
        assertThatThrownBy(() -> transfers.send(from, id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> transfers.draft(from, new TransferRequest(to, null, List.of())))
                .isInstanceOf(AccessDeniedException.class);
        TestUsers.signIn(sender);
        transfers.send(from, id);
        // the sender cannot receive it
        refused(() -> transfers.receive(from, id, whole(from, id), false), "error.notFound");
        assertThatThrownBy(() -> transfers.receive(to, id, List.of(), false)).isInstanceOf(AccessDeniedException.class);
        // a keeper of a third site sees nothing of it
        long third = fixture.newSite("Third");
        TestUsers.signIn("third-keeper", List.of(third), Role.STOCK_KEEPER);
        refused(() -> transfers.transfer(third, id), "error.notFound");
        assertThat(transfers.transfers(third, PageRequest.of(0, 10)).getContent()).isEmpty();
    }

    @Test
    void managers_read_transfers_at_both_ends_but_change_nothing_and_staff_read_nothing() {
        long id = draft(here, 3);
        transfers.send(from, id);
        TestUsers.signIn("manager-both", List.of(from, to), Role.MANAGER);
        assertThat(transfers.transfer(from, id).lines()).hasSize(1);
        assertThat(transfers.transfer(to, id).summary().status()).isEqualTo(TransferStatus.SENT);
        assertThat(transfers.inTransit(to)).containsEntry(there.getId(), new InTransit(0, 3));
        assertThatThrownBy(() -> transfers.receive(to, id, List.of(), false)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> transfers.draft(from, new TransferRequest(to, null, List.of())))
                .isInstanceOf(AccessDeniedException.class);
        for (Role role : List.of(Role.STAFF, Role.SUPERVISOR, Role.ADMIN)) {
            TestUsers.signIn("denied-" + role, List.of(from, to), role);
            assertThatThrownBy(() -> transfers.transfers(from, PageRequest.of(0, 10)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> transfers.transfer(to, id)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> transfers.send(from, id)).isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void items_are_matched_by_code_never_by_name() {
        Item gauze = fixture.simpleItem(from, "Gauze");
        assertThat(gauze.getCode()).isNull();
        refused(() -> draft(gauze, 1), "transfer.error.noCode");
        Item swabs = fixture.linked(from, "Swabs", "SWAB-100", false);
        stock.record(from, MovementRequest.of(swabs.getId(), MovementKind.RECEIPT, 50));
        TestUsers.signIn(receiver);
        // same name at the receiver, but not linked: not matched
        Item unlinked = fixture.simpleItem(to, "Swabs");
        TestUsers.signIn(sender);
        long id = draft(swabs, 20);
        assertThat(transfers.transfer(from, id).missingAtReceiver()).containsExactly("Swabs");
        transfers.send(from, id);
        TestUsers.signIn(receiver);
        assertThat(transfers.inTransit(to)).doesNotContainKey(unlinked.getId());
        refused(() -> transfers.receive(to, id, whole(to, id), false), "transfer.error.itemMissing");
        refused(() -> transfers.receive(to, id, whole(to, id), true), "transfer.error.nameUnlinked");
        assertThat(onHand(to, unlinked.getId())).isZero();

        unlinked.setCode("swab-100");
        stock.saveItem(to, unlinked);
        transfers.receive(to, id, whole(to, id), false);
        assertThat(onHand(to, unlinked.getId())).isEqualTo(20);
    }

    @Test
    void receiving_an_item_the_site_does_not_keep_creates_it_from_the_senders_item() {
        Item pipes = fixture.linked(from, "Glass pipe", "PIPE", false);
        stock.record(from, MovementRequest.of(pipes.getId(), MovementKind.RECEIPT, 30));
        long id = draft(pipes, 12);
        transfers.send(from, id);
        TestUsers.signIn(receiver);
        transfers.receive(to, id, whole(to, id), true);
        ItemStock created = stock.stockList(to, StockFilter.ALL).stream().filter(r -> r.name().equals("Glass pipe"))
                .findFirst().orElseThrow();
        assertThat(created.onHand()).isEqualTo(12);
        assertThat(stock.item(to, created.itemId()).getCode()).isEqualTo("PIPE");
    }

    @Test
    void a_code_is_unique_within_a_site() {
        refused(() -> fixture.linked(from, "Naloxone spray", "naloxone-kit", true), "item.error.codeTaken");
    }
}

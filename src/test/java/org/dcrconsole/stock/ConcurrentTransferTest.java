package org.dcrconsole.stock;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.dcrconsole.DcrSpringBootTest;
import org.dcrconsole.TestUsers;
import org.dcrconsole.base.BusinessException;
import org.dcrconsole.security.Role;
import org.dcrconsole.security.SignedInUser;
import org.dcrconsole.site.SiteService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Keepers pressing Send or Receive at the same moment move the goods once. */
@DcrSpringBootTest
@Tag("db")
class ConcurrentTransferTest {

    private static final int THREADS = 8;

    @Autowired StockService stock;
    @Autowired TransferService transfers;
    @Autowired SiteService siteService;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    private int racing(SignedInUser user, Runnable action) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> results = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            results.add(pool.submit(() -> TestUsers.as(user, () -> {
                start.await();
                try {
                    action.run();
                    return true;
                } catch (BusinessException refused) {
                    return false;
                }
            })));
        }
        start.countDown();
        int succeeded = 0;
        for (Future<Boolean> f : results) {
            if (f.get(60, TimeUnit.SECONDS)) {
                succeeded++;
            }
        }
        pool.shutdown();
        return succeeded;
    }

    @Test
    void a_transfer_sent_and_received_by_many_at_once_leaves_once_and_arrives_once() throws Exception {
        StockFixture fixture = new StockFixture(siteService, stock);
        long from = fixture.newSite("Race from");
        long to = fixture.newSite("Race to");
        SignedInUser sender = StockFixture.keeper(from);
        LocalDate today = LocalDate.now(siteService.site(from).zone());
        Item here = fixture.linked(from, "Naloxone kit", "NX", true);
        stock.record(from, MovementRequest.of(here.getId(), MovementKind.RECEIPT, 10).withLot("L1", today.plusDays(90)));
        long id = transfers.draft(from, new TransferRequest(to, null,
                List.of(new TransferRequest.Line(here.getId(), null, 10))));
        SignedInUser receiver = TestUsers.user("race-receiver", List.of(to), Role.STOCK_KEEPER);
        TestUsers.signIn(receiver);
        Item there = fixture.linked(to, "Naloxone kit", "NX", true);
        TestUsers.signOut();

        assertThat(racing(sender, () -> transfers.send(from, id))).isEqualTo(1);
        List<TransferReceipt> whole = TestUsers.as(receiver, () -> transfers.transfer(to, id).lines().stream()
                .map(l -> new TransferReceipt(l.getId(), l.getQuantity(), null)).toList());
        assertThat(racing(receiver, () -> transfers.receive(to, id, whole, false))).isEqualTo(1);

        assertThat(jdbc.queryForObject("SELECT SUM(quantity) FROM stock_movement WHERE item_id = ? AND kind = 'TRANSFER_OUT'",
                Integer.class, here.getId())).isEqualTo(-10);
        assertThat(jdbc.queryForObject("SELECT SUM(quantity) FROM stock_movement WHERE item_id = ? AND kind = 'TRANSFER_IN'",
                Integer.class, there.getId())).isEqualTo(10);
        assertThat(jdbc.queryForObject("SELECT SUM(quantity) FROM stock_balance WHERE item_id = ?", Integer.class,
                here.getId())).isZero();
        assertThat(jdbc.queryForObject("SELECT SUM(quantity) FROM stock_balance WHERE item_id = ?", Integer.class,
                there.getId())).isEqualTo(10);
    }
}

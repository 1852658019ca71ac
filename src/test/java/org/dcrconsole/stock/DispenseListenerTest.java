package org.dcrconsole.stock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.dcrconsole.DcrSpringBootTest;
import org.dcrconsole.TestUsers;
import org.dcrconsole.base.supply.SuppliesHandedOut;
import org.dcrconsole.base.supply.Supply;
import org.dcrconsole.security.Role;
import org.dcrconsole.site.SiteService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Supplies handed out at a check-in become dispense movements in the check-in's transaction; what
 * stock cannot cover becomes a discrepancy, never a refusal.
 */
@DcrSpringBootTest
class DispenseListenerTest {

    @Autowired StockService stock;
    @Autowired SiteService siteService;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate tx;
    @Autowired JdbcTemplate jdbc;

    long site;
    Item syringes;
    Item needles;

    @BeforeEach
    void setUp() {
        StockFixture fixture = new StockFixture(siteService, stock);
        site = fixture.newSite("Dispense");
        StockFixture.keeper(site);
        syringes = fixture.item(site, "Syringe 2 ml", false, Supply.SYRINGE_2ML, null, 100, 0, 10, 7);
        needles = fixture.item(site, "Needle 23G", false, Supply.NEEDLE, null, 100, 0, 10, 7);
        stock.record(site, MovementRequest.of(syringes.getId(), MovementKind.RECEIPT, 10));
        stock.record(site, MovementRequest.of(needles.getId(), MovementKind.RECEIPT, 2));
        TestUsers.signIn("floor", List.of(site), Role.STAFF);
    }

    @AfterEach
    void tearDown() {
        TestUsers.signOut();
    }

    private int sum(long itemId) {
        return jdbc.queryForObject("SELECT COALESCE(SUM(quantity), 0) FROM stock_movement WHERE item_id = ?",
                Integer.class, itemId);
    }

    private void checkIn(long visitId, Map<Supply, Integer> supplies) {
        tx.executeWithoutResult(s -> {
            // stands for the booth feature's visit insert, which must vanish with a refusal
            jdbc.update("INSERT INTO stock_supplier (name) VALUES (?)", "visit-" + visitId + "-" + site);
            events.publishEvent(new SuppliesHandedOut(site, visitId, Instant.now(), supplies));
        });
    }

    @Test
    void staff_check_in_books_one_dispense_per_supply_with_the_visit() {
        checkIn(1L, Map.of(Supply.SYRINGE_2ML, 3, Supply.NEEDLE, 2));

        assertThat(sum(syringes.getId())).isEqualTo(7);
        assertThat(sum(needles.getId())).isZero();
        assertThat(jdbc.queryForList("SELECT kind FROM stock_movement WHERE visit_id = 1 AND site_id = ?", String.class,
                site)).containsOnly("DISPENSE").hasSize(2);
    }

    @Test
    void what_stock_cannot_cover_is_booked_as_a_discrepancy_the_check_in_stands_and_the_ledger_stays_at_zero() {
        SuppliesHandedOut[] published = new SuppliesHandedOut[1];
        tx.executeWithoutResult(s -> {
            jdbc.update("INSERT INTO stock_supplier (name) VALUES (?)", "visit-2-" + site);
            published[0] = new SuppliesHandedOut(site, 2L, Instant.now(), Map.of(Supply.SYRINGE_2ML, 3, Supply.NEEDLE, 5));
            events.publishEvent(published[0]);
        });

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM stock_supplier WHERE name = ?", Integer.class,
                "visit-2-" + site)).as("the check-in was saved").isOne();
        assertThat(published[0].uncovered()).isEqualTo(Map.of(Supply.NEEDLE, 3));
        assertThat(sum(syringes.getId())).isEqualTo(7);
        assertThat(sum(needles.getId())).as("the two on hand went out, no further").isZero();
        assertThat(jdbc.queryForObject("SELECT MIN(quantity) FROM stock_balance WHERE site_id = ?", Integer.class, site))
                .isNotNegative();
        TestUsers.signIn("keeper-" + site, List.of(site), Role.STOCK_KEEPER);
        assertThat(stock.openDiscrepancies(site)).singleElement().satisfies(d -> {
            assertThat(d.itemName()).isEqualTo("Needle 23G");
            assertThat(d.quantity()).isEqualTo(3);
            assertThat(d.recordedBy()).isEqualTo("floor");
        });
    }

    @Test
    void a_count_of_the_item_resolves_its_open_discrepancies_with_who_and_which_count() {
        checkIn(5L, Map.of(Supply.NEEDLE, 4));
        checkIn(6L, Map.of(Supply.SYRINGE_2ML, 12));
        TestUsers.signIn("keeper-" + site, List.of(site), Role.STOCK_KEEPER);
        assertThat(stock.openDiscrepancies(site)).extracting(StockService.Discrepancy::quantity).containsExactly(2, 2);

        StockCount count = stock.postCount(site, List.of(new CountEntry(needles.getId(), null, 0)), null);

        assertThat(stock.openDiscrepancies(site)).singleElement()
                .satisfies(d -> assertThat(d.itemId()).isEqualTo(syringes.getId()));
        assertThat(jdbc.queryForMap("SELECT resolved_by, count_id FROM stock_discrepancy WHERE item_id = ?", needles.getId()))
                .containsEntry("RESOLVED_BY", "keeper-" + site).containsEntry("COUNT_ID", count.getId());
    }

    @Test
    void supplies_handed_back_by_a_correction_first_cancel_the_visits_discrepancy_then_return_to_stock() {
        checkIn(7L, Map.of(Supply.NEEDLE, 5, Supply.SYRINGE_2ML, 4));
        tx.executeWithoutResult(s -> events.publishEvent(new SuppliesHandedOut(site, 7L, Instant.now(),
                Map.of(Supply.NEEDLE, -4, Supply.SYRINGE_2ML, -1))));

        assertThat(sum(needles.getId())).as("3 of the 4 handed back were never on the books").isEqualTo(1);
        assertThat(sum(syringes.getId())).isEqualTo(7);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM stock_discrepancy WHERE item_id = ? AND resolved_at IS NULL",
                Integer.class, needles.getId())).isZero();
        assertThat(jdbc.queryForList("SELECT reason FROM stock_movement WHERE visit_id = 7 AND site_id = ? AND quantity > 0",
                String.class, site)).containsOnly(DispenseListener.RETURN_REASON).hasSize(2);
    }

    @Test
    void only_stock_keepers_and_managers_read_the_discrepancies() {
        TestUsers.signIn("mgr-" + site, List.of(site), Role.MANAGER);
        assertThat(stock.openDiscrepancies(site)).isEmpty();
        for (Role role : List.of(Role.STAFF, Role.SUPERVISOR, Role.ADMIN)) {
            TestUsers.signIn("x-" + role, List.of(site), role);
            assertThatThrownBy(() -> stock.openDiscrepancies(site)).as(role.name()).isInstanceOf(AccessDeniedException.class);
        }
        TestUsers.signIn("keeper-elsewhere", List.of(), Role.STOCK_KEEPER);
        assertThatThrownBy(() -> stock.openDiscrepancies(site)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_supply_kind_without_an_item_at_the_site_books_nothing_and_does_not_fail() {
        checkIn(3L, Map.of(Supply.FOIL, 4, Supply.SYRINGE_2ML, 1));

        assertThat(sum(syringes.getId())).isEqualTo(9);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM stock_movement WHERE visit_id = 3 AND site_id = ?",
                Integer.class, site)).isEqualTo(1);
    }

    @Test
    void a_check_in_at_a_site_the_user_does_not_hold_is_denied() {
        TestUsers.signIn("elsewhere", List.of(), Role.STAFF);
        assertThatThrownBy(() -> checkIn(4L, Map.of(Supply.SYRINGE_2ML, 1))).isInstanceOf(AccessDeniedException.class);
        assertThat(sum(syringes.getId())).isEqualTo(10);
    }
}

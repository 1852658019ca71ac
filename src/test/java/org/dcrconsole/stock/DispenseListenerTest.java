package org.dcrconsole.stock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.dcrconsole.DcrSpringBootTest;
import org.dcrconsole.TestUsers;
import org.dcrconsole.base.BusinessException;
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

/** Supplies handed out at a check-in become dispense movements in the check-in's transaction. */
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
    void a_check_in_the_stock_cannot_cover_is_rolled_back_whole_with_the_item_and_what_is_available() {
        assertThatThrownBy(() -> checkIn(2L, Map.of(Supply.SYRINGE_2ML, 3, Supply.NEEDLE, 5)))
                .isInstanceOfSatisfying(BusinessException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("movement.error.insufficient");
                    assertThat(e.args()).containsExactly("Needle 23G", 2);
                });

        assertThat(sum(syringes.getId())).isEqualTo(10);
        assertThat(sum(needles.getId())).isEqualTo(2);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM stock_supplier WHERE name = ?", Integer.class,
                "visit-2-" + site)).isZero();
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

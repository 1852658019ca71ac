package org.dcrconsole.naloxone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.dcrconsole.DcrSpringBootTest;
import org.dcrconsole.TestUsers;
import org.dcrconsole.base.BusinessException;
import org.dcrconsole.booth.BoardService;
import org.dcrconsole.booth.BoothFixture;
import org.dcrconsole.booth.BoothFixture.TestSite;
import org.dcrconsole.booth.CheckInResult;
import org.dcrconsole.booth.ClientService;
import org.dcrconsole.security.Role;
import org.dcrconsole.site.BoothKind;
import org.dcrconsole.site.SiteService;
import org.dcrconsole.stock.Item;
import org.dcrconsole.stock.MovementKind;
import org.dcrconsole.stock.MovementRequest;
import org.dcrconsole.stock.StockFixture;
import org.dcrconsole.stock.StockService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

@DcrSpringBootTest
@Tag("db")
class NaloxoneServiceTest {

    @Autowired
    NaloxoneService naloxone;
    @Autowired
    BoardService board;
    @Autowired
    ClientService clients;
    @Autowired
    SiteService siteService;
    @Autowired
    StockService stock;
    @Autowired
    JdbcTemplate jdbc;

    TestSite site;
    long clientId;
    long kitItem;

    @BeforeEach
    void seed() {
        site = BoothFixture.site(siteService, BoothKind.INJECTION);
        StockFixture.keeper(site.id());
        Item kit = new StockFixture(siteService, stock).item(site.id(), "Nasal naloxone kit", true, null, null, 1, 2, 10, 7);
        kitItem = kit.getId();
        // the later lot arrives first, so "first in" and "first expiring" differ
        stock.record(site.id(), MovementRequest.of(kitItem, MovementKind.RECEIPT, 2)
                .withLot("LATE-1", LocalDate.now().plusMonths(18)));
        stock.record(site.id(), MovementRequest.of(kitItem, MovementKind.RECEIPT, 1)
                .withLot("SOON-1", LocalDate.now().plusMonths(3)));
        stock.record(site.id(), MovementRequest.of(kitItem, MovementKind.RECEIPT, 5)
                .withLot("GONE-1", LocalDate.now().plusDays(10)));
        // a receipt of an expired lot is refused, so this one expires after it arrived
        jdbc.update("UPDATE stock_lot SET expiry_date = ? WHERE item_id = ? AND lot_number = 'GONE-1'",
                java.sql.Date.valueOf(LocalDate.now().minusDays(1)), kitItem);
        TestUsers.signIn("staff-" + site.id(), List.of(site.id()), Role.STAFF);
        String code = BoothFixture.newCode();
        ((CheckInResult.Admitted) board.checkIn(site.id(), BoothFixture.injection(code, site.booth(0)))).visit();
        clientId = clients.list(site.id(), code, PageRequest.of(0, 1)).getContent().getFirst().id();
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void a_kit_is_taken_from_the_lot_that_expires_first_and_the_second_is_a_refill() {
        NaloxoneRecord.Kit first = naloxone.handOutKit(site.id(), clientId, kitItem);
        NaloxoneRecord.Kit second = naloxone.handOutKit(site.id(), clientId, kitItem);

        assertThat(first.lotNumber()).isEqualTo("SOON-1");
        assertThat(first.refill()).isFalse();
        assertThat(second.lotNumber()).as("the expired lot is skipped").isEqualTo("LATE-1");
        assertThat(second.refill()).isTrue();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM stock_movement WHERE item_id = ? AND kind = 'DISPENSE'",
                Long.class, kitItem)).isEqualTo(2);
        assertThat(naloxone.record(site.id(), clientId).kits()).extracting(NaloxoneRecord.Kit::lotNumber)
                .containsExactly("LATE-1", "SOON-1");
    }

    @Test
    void no_kit_in_stock_refuses_the_hand_out_and_writes_nothing() {
        naloxone.handOutKit(site.id(), clientId, kitItem);
        naloxone.handOutKit(site.id(), clientId, kitItem);
        naloxone.handOutKit(site.id(), clientId, kitItem);

        assertThatThrownBy(() -> naloxone.handOutKit(site.id(), clientId, kitItem)).isInstanceOf(BusinessException.class);
        assertThat(naloxone.record(site.id(), clientId).kits()).hasSize(3);
    }

    /** A staff member of the site, as the user administration would store one. */
    private long colleague(String username) {
        jdbc.update("INSERT INTO app_user (username, display_name, password_hash) VALUES (?, 'Nurse Test', 'x')", username);
        long id = jdbc.queryForObject("SELECT id FROM app_user WHERE username = ?", Long.class, username);
        jdbc.update("INSERT INTO app_user_role (user_id, role) VALUES (?, 'STAFF')", id);
        jdbc.update("INSERT INTO app_user_site (user_id, site_id) VALUES (?, ?)", id, site.id());
        return id;
    }

    @Test
    void training_kits_and_a_reported_reversal_are_counted_for_the_period() {
        long stranger = colleague("stranger-" + site.id());
        jdbc.update("DELETE FROM app_user_site WHERE user_id = ?", stranger);
        assertThatThrownBy(() -> naloxone.recordTraining(site.id(), clientId, LocalDate.now(), stranger))
                .extracting(e -> ((BusinessException) e).field()).isEqualTo("trainer");
        long trainer = colleague("trainer-" + site.id());
        naloxone.recordTraining(site.id(), clientId, LocalDate.now(), trainer);
        naloxone.recordTraining(site.id(), clientId, LocalDate.now().minusDays(1), trainer);
        naloxone.handOutKit(site.id(), clientId, kitItem);
        naloxone.reportReversal(site.id(), clientId, LocalDate.now(), ReversalOutcome.RECOVERED);
        assertThatThrownBy(() -> naloxone.reportReversal(site.id(), clientId, LocalDate.now().plusDays(1),
                ReversalOutcome.RECOVERED)).extracting(e -> ((BusinessException) e).field()).isEqualTo("usedOn");

        NaloxoneCounts counts = naloxone.counts(site.id(), Instant.now().minusSeconds(3 * 86400),
                Instant.now().plusSeconds(3600));

        assertThat(counts).isEqualTo(new NaloxoneCounts(1, 1, 1));
        assertThat(naloxone.record(site.id(), clientId).trainings()).extracting(NaloxoneRecord.Training::trainer)
                .containsExactly("Nurse Test", "Nurse Test");
    }

    @Test
    void managers_read_but_do_not_record_and_admin_and_stock_keeper_get_no_client_data() {
        TestUsers.signIn("manager-" + site.id(), List.of(site.id()), Role.MANAGER);
        assertThat(naloxone.record(site.id(), clientId).trained()).isFalse();
        assertThatThrownBy(() -> naloxone.handOutKit(site.id(), clientId, kitItem)).isInstanceOf(AccessDeniedException.class);
        for (Role role : List.of(Role.ADMIN, Role.STOCK_KEEPER)) {
            TestUsers.signIn(role + "-" + site.id(), List.of(site.id()), role);
            assertThatThrownBy(() -> naloxone.record(site.id(), clientId)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> naloxone.handOutKit(site.id(), clientId, kitItem))
                    .isInstanceOf(AccessDeniedException.class);
        }
        TestSite other = BoothFixture.site(siteService, BoothKind.INJECTION);
        TestUsers.signIn("staff-other", List.of(other.id()), Role.STAFF);
        assertThatThrownBy(() -> naloxone.record(site.id(), clientId)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> naloxone.record(other.id(), clientId)).isInstanceOf(BusinessException.class);
    }
}

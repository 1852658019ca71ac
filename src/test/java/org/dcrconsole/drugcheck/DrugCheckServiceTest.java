package org.dcrconsole.drugcheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.shared.Registration;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.dcrconsole.DcrSpringBootTest;
import org.dcrconsole.TestUsers;
import org.dcrconsole.base.BusinessException;
import org.dcrconsole.booth.AlertSeverity;
import org.dcrconsole.booth.BoardBroadcaster;
import org.dcrconsole.booth.BoardChange;
import org.dcrconsole.booth.BoardService;
import org.dcrconsole.booth.BoothFixture;
import org.dcrconsole.booth.BoothFixture.TestSite;
import org.dcrconsole.booth.CheckInResult;
import org.dcrconsole.booth.ClientService;
import org.dcrconsole.booth.Substance;
import org.dcrconsole.security.Role;
import org.dcrconsole.site.BoothKind;
import org.dcrconsole.site.SiteService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

@DcrSpringBootTest
@Tag("db")
class DrugCheckServiceTest {

    @Autowired
    DrugCheckService service;
    @Autowired
    BoardService board;
    @Autowired
    ClientService clients;
    @Autowired
    SiteService siteService;
    @Autowired
    BoardBroadcaster broadcaster;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcTemplate jdbc;

    TestSite site;
    TestSite other;
    long clientId;

    @BeforeEach
    void seed() {
        site = BoothFixture.site(siteService, BoothKind.INJECTION);
        other = BoothFixture.site(siteService, BoothKind.INJECTION);
        staff();
        String code = BoothFixture.newCode();
        ((CheckInResult.Admitted) board.checkIn(site.id(), BoothFixture.injection(code, site.booth(0)))).visit();
        clientId = clients.list(site.id(), code, PageRequest.of(0, 1)).getContent().getFirst().id();
    }

    @AfterEach
    void signOutAndEndAlerts() {
        TestUsers.signOut();
        // a network alert shows at every site: end this test's, so that other tests' sites stay quiet
        jdbc.update("UPDATE drug_alert SET ended_at = CURRENT_TIMESTAMP, ended_by = 'test' WHERE ended_at IS NULL"
                + " AND site_id IN (?, ?)", site.id(), other.id());
    }

    private void staff() {
        TestUsers.signIn("staff-" + site.id(), List.of(site.id()), Role.STAFF);
    }

    private void supervisor() {
        TestUsers.signIn("supervisor-" + site.id(), List.of(site.id()), Role.SUPERVISOR);
    }

    private long fentanylInHeroin() {
        return service.recordResult(site.id(), new ResultInput(LocalDate.now().minusDays(1), SoldAs.HEROIN,
                Set.of(Found.FENTANYL), TestMethod.SPECTROMETER, clientId)).getId();
    }

    private AlertInput alert(boolean network, Set<Long> results) {
        return new AlertInput("Fentanyl found in heroin sold near the station", AlertSeverity.DANGER, network,
                Instant.now().plus(Duration.ofDays(3)), results);
    }

    @Test
    void staff_record_a_result_with_a_client_of_the_site_shown_by_alias() {
        long id = fentanylInHeroin();

        ResultRow row = service.results(site.id(), PageRequest.of(0, 10)).getContent().getFirst();

        assertThat(row.id()).isEqualTo(id);
        assertThat(row.found()).containsExactly(Found.FENTANYL);
        assertThat(row.clientAlias()).isEqualTo(clients.get(site.id(), clientId).alias());
    }

    @Test
    void a_result_is_refused_at_the_field_when_incomplete_ahead_or_with_another_sites_client() {
        LocalDate today = LocalDate.now();
        assertThatThrownBy(() -> service.recordResult(site.id(), new ResultInput(today, SoldAs.COCAINE, Set.of(),
                TestMethod.TEST_STRIP, null))).extracting(e -> ((BusinessException) e).field()).isEqualTo("found");
        assertThatThrownBy(() -> service.recordResult(site.id(), new ResultInput(today.plusDays(2), SoldAs.COCAINE,
                Set.of(Found.UNKNOWN), TestMethod.TEST_STRIP, null)))
                .extracting(e -> ((BusinessException) e).field()).isEqualTo("checkedOn");
        TestUsers.signIn("staff-both", List.of(site.id(), other.id()), Role.STAFF);
        assertThatThrownBy(() -> service.recordResult(other.id(), new ResultInput(today, SoldAs.COCAINE,
                Set.of(Found.UNKNOWN), TestMethod.TEST_STRIP, clientId)))
                .extracting(e -> ((BusinessException) e).field()).isEqualTo("client");
        assertThat(service.results(other.id(), PageRequest.of(0, 10)).getContent()).isEmpty();
    }

    @Test
    void staff_cannot_raise_an_alert_managers_only_read_and_admin_and_stock_keeper_see_nothing() {
        long result = fentanylInHeroin();
        assertThatThrownBy(() -> service.raiseAlert(site.id(), alert(false, Set.of(result))))
                .isInstanceOf(AccessDeniedException.class);
        TestUsers.signIn("manager-" + site.id(), List.of(site.id()), Role.MANAGER);
        assertThat(service.results(site.id(), PageRequest.of(0, 10)).getContent()).hasSize(1);
        assertThatThrownBy(() -> fentanylInHeroin()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.raiseAlert(site.id(), alert(false, Set.of(result))))
                .isInstanceOf(AccessDeniedException.class);
        for (Role role : List.of(Role.ADMIN, Role.STOCK_KEEPER)) {
            TestUsers.signIn(role + "-" + site.id(), List.of(site.id()), role);
            assertThatThrownBy(() -> service.results(site.id(), PageRequest.of(0, 10)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> service.active(site.id())).isInstanceOf(AccessDeniedException.class);
        }
        // the wall display shows the alerts on its board, and reads nothing else
        TestUsers.signIn("display-" + site.id(), List.of(site.id()), Role.DISPLAY);
        assertThat(service.active(site.id())).isNotNull();
        assertThatThrownBy(() -> service.results(site.id(), PageRequest.of(0, 10)))
                .isInstanceOf(AccessDeniedException.class);
        TestUsers.signIn("supervisor-other", List.of(other.id()), Role.SUPERVISOR);
        assertThatThrownBy(() -> service.results(site.id(), PageRequest.of(0, 10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.raiseAlert(other.id(), alert(false, Set.of(result))))
                .extracting(e -> ((BusinessException) e).field()).isEqualTo("results");
    }

    @Test
    void an_alert_about_fentanyl_in_heroin_warns_clients_who_name_opioids_at_check_in() {
        long result = fentanylInHeroin();
        supervisor();
        long id = service.raiseAlert(site.id(), alert(false, Set.of(result))).getId();

        assertThat(board.alertsFor(site.id(), Set.of(Substance.OPIOIDS))).extracting(a -> a.id()).contains(id);
        assertThat(board.alertsFor(site.id(), Set.of(Substance.COCAINE))).extracting(a -> a.id()).doesNotContain(id);
    }

    @Test
    void a_network_alert_reaches_listeners_of_every_site_only_after_commit() {
        long result = fentanylInHeroin();
        TestUsers.signIn("screens", List.of(site.id(), other.id()), Role.STAFF);
        List<BoardChange> seenHere = new CopyOnWriteArrayList<>();
        List<BoardChange> seenThere = new CopyOnWriteArrayList<>();
        Registration here = broadcaster.register(site.id(), seenHere::add);
        Registration there = broadcaster.register(other.id(), seenThere::add);
        try {
            supervisor();
            long id = transactions.execute(tx -> {
                long raised = service.raiseAlert(site.id(), alert(true, Set.of(result))).getId();
                assertThat(seenThere).as("nothing before the commit").isEmpty();
                return raised;
            });

            assertThat(seenHere).containsExactly(new BoardChange(site.id(), BoardChange.Kind.ALERT, null));
            assertThat(seenThere).containsExactly(new BoardChange(other.id(), BoardChange.Kind.ALERT, null));
            TestUsers.signIn("staff-other", List.of(other.id()), Role.STAFF);
            assertThat(service.active(other.id())).filteredOn(a -> a.id() == id).singleElement()
                    .satisfies(a -> assertThat(a.network()).isTrue());
        } finally {
            here.remove();
            there.remove();
        }
    }

    @Test
    void a_rolled_back_alert_is_never_pushed() {
        long result = fentanylInHeroin();
        List<BoardChange> seen = new CopyOnWriteArrayList<>();
        Registration here = broadcaster.register(site.id(), seen::add);
        try {
            supervisor();
            transactions.executeWithoutResult(tx -> {
                service.raiseAlert(site.id(), alert(false, Set.of(result)));
                tx.setRollbackOnly();
            });
            assertThat(seen).isEmpty();
            assertThat(service.alerts(site.id(), PageRequest.of(0, 10)).getContent()).filteredOn(AlertRow::ownSite)
                    .isEmpty();
        } finally {
            here.remove();
        }
    }

    @Test
    void an_alert_ends_by_a_supervisor_of_its_site_or_by_itself_when_it_expires() {
        long result = fentanylInHeroin();
        supervisor();
        DrugAlert ended = service.raiseAlert(site.id(), alert(false, Set.of(result)));
        DrugAlert expiring = service.raiseAlert(site.id(), alert(true, Set.of(result)));
        TestUsers.signIn("supervisor-other", List.of(other.id()), Role.SUPERVISOR);
        assertThatThrownBy(() -> service.endAlert(other.id(), expiring.getId())).isInstanceOf(BusinessException.class);
        supervisor();

        service.endAlert(site.id(), ended.getId());
        jdbc.update("UPDATE drug_alert SET raised_at = ?, expires_at = ? WHERE id = ?",
                java.sql.Timestamp.from(Instant.now().minus(Duration.ofDays(2))),
                java.sql.Timestamp.from(Instant.now().minusSeconds(1)), expiring.getId());

        assertThat(service.active(site.id())).extracting(a -> a.id()).doesNotContain(ended.getId(), expiring.getId());
        assertThat(service.alerts(site.id(), PageRequest.of(0, 10)).getContent()).filteredOn(AlertRow::ownSite)
                .extracting(AlertRow::id, AlertRow::active, r -> r.endedBy() != null)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(ended.getId(), false, true),
                        org.assertj.core.groups.Tuple.tuple(expiring.getId(), false, false));
    }

    @Test
    void an_alert_is_refused_at_the_field_without_text_with_broken_text_or_an_expiry_behind() {
        long result = fentanylInHeroin();
        supervisor();
        Instant later = Instant.now().plus(Duration.ofDays(1));
        assertThatThrownBy(() -> service.raiseAlert(site.id(), new AlertInput(" ", AlertSeverity.WARNING, false, later,
                Set.of(result)))).extracting(e -> ((BusinessException) e).field()).isEqualTo("text");
        assertThatThrownBy(() -> service.raiseAlert(site.id(), new AlertInput("Bad\u0000batch", AlertSeverity.WARNING,
                false, later, Set.of(result)))).extracting(e -> ((BusinessException) e).field()).isEqualTo("text");
        assertThatThrownBy(() -> service.raiseAlert(site.id(), new AlertInput("Bad batch", AlertSeverity.WARNING, false,
                Instant.now().minusSeconds(60), Set.of(result))))
                .extracting(e -> ((BusinessException) e).field()).isEqualTo("expiresAt");
        assertThatThrownBy(() -> service.raiseAlert(site.id(), new AlertInput("Bad batch", AlertSeverity.WARNING, false,
                later, Set.of()))).extracting(e -> ((BusinessException) e).field()).isEqualTo("results");
        assertThat(service.alerts(site.id(), PageRequest.of(0, 10)).getContent()).filteredOn(AlertRow::ownSite).isEmpty();
    }
}

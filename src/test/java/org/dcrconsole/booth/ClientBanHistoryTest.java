package org.dcrconsole.booth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.dcrconsole.DcrSpringBootTest;
import org.dcrconsole.TestUsers;
import org.dcrconsole.base.BusinessException;
import org.dcrconsole.booth.BoothFixture.TestSite;
import org.dcrconsole.security.Role;
import org.dcrconsole.site.BoothKind;
import org.dcrconsole.site.SiteService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

/** Bans kept as a history, network bans, safety flags and the client page's reads, per role. */
@DcrSpringBootTest
@Tag("db")
class ClientBanHistoryTest {

    @Autowired
    BoardService board;
    @Autowired
    ClientService clients;
    @Autowired
    SiteService siteService;

    TestSite site;
    TestSite other;
    String code;
    long clientId;

    @BeforeEach
    void seed() {
        site = BoothFixture.site(siteService, BoothKind.INJECTION);
        other = BoothFixture.site(siteService, BoothKind.INJECTION);
        staff();
        code = BoothFixture.newCode();
        VisitRef visit = BoardServiceTest.admitted(board.checkIn(site.id(), BoothFixture.injection(code, site.booth(0))));
        board.checkOut(site.id(), visit.visitId(), new CheckOut(0, false, Set.of()));
        board.markClean(site.id(), site.booth(0));
        clientId = clients.list(site.id(), code, PageRequest.of(0, 1)).getContent().getFirst().id();
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    private void staff() {
        TestUsers.signIn("staff-" + site.id(), List.of(site.id(), other.id()), Role.STAFF);
    }

    private void supervisor() {
        TestUsers.signIn("supervisor-" + site.id(), List.of(site.id()), Role.SUPERVISOR);
    }

    @Test
    void a_lifted_ban_is_kept_in_the_history_with_who_set_and_who_lifted_it() {
        supervisor();
        LocalDate until = LocalDate.now().plusDays(10);
        clients.ban(site.id(), clientId, "Dealing in the lounge", until);
        clients.liftBan(site.id(), clientId);

        List<ClientBanEntry> history = clients.banHistory(site.id(), clientId);

        assertThat(history).singleElement().satisfies(b -> {
            assertThat(b.reason()).isEqualTo("Dealing in the lounge");
            assertThat(b.bannedUntil()).isEqualTo(until);
            assertThat(b.bannedBy()).isEqualTo("supervisor-" + site.id());
            assertThat(b.liftedBy()).isEqualTo("supervisor-" + site.id());
            assertThat(b.liftedAt()).isNotNull();
            assertThat(b.holdsOn(LocalDate.now())).isFalse();
        });
        assertThat(clients.get(site.id(), clientId).bannedUntil()).isNull();
        assertThat(board.lookup(site.id(), code).banned()).isFalse();
    }

    @Test
    void a_network_ban_refuses_check_in_at_another_site_and_a_site_ban_does_not() {
        supervisor();
        clients.ban(site.id(), clientId, "Violence against staff", LocalDate.now().plusDays(30));
        staff();
        assertThat(board.checkIn(other.id(), BoothFixture.injection(code, other.booth(0))))
                .isInstanceOf(CheckInResult.Admitted.class);

        String second = BoothFixture.newCode();
        VisitRef visit = BoardServiceTest.admitted(board.checkIn(site.id(), BoothFixture.injection(second, site.booth(0))));
        board.checkOut(site.id(), visit.visitId(), new CheckOut(0, false, Set.of()));
        board.markClean(site.id(), site.booth(0));
        long secondId = clients.list(site.id(), second, PageRequest.of(0, 1)).getContent().getFirst().id();
        supervisor();
        clients.ban(site.id(), secondId, "Violence against staff", LocalDate.now().plusDays(30), true);
        staff();

        assertThat(board.lookup(other.id(), second).banned()).isTrue();
        assertThat(board.checkIn(other.id(), BoothFixture.injection(second, other.booth(0))))
                .isInstanceOf(CheckInResult.Refused.class)
                .extracting(r -> ((CheckInResult.Refused) r).reason()).isEqualTo(RefusalReason.BANNED);
        long atOther = clients.list(other.id(), second, PageRequest.of(0, 1)).getContent().getFirst().id();
        assertThat(clients.banHistory(other.id(), atOther)).singleElement()
                .satisfies(b -> assertThat(b.network() && b.otherSite()).isTrue());
    }

    @Test
    void a_supervisor_of_the_other_site_cannot_lift_a_network_ban_set_here() {
        supervisor();
        clients.ban(site.id(), clientId, "Dealing", LocalDate.now().plusDays(5), true);
        staff();
        CheckInResult refused = board.checkIn(other.id(), BoothFixture.injection(code, other.booth(0)));
        assertThat(refused).isInstanceOf(CheckInResult.Refused.class);
        long atOther = clients.list(other.id(), code, PageRequest.of(0, 1)).getContent().getFirst().id();
        TestUsers.signIn("supervisor-" + other.id(), List.of(other.id()), Role.SUPERVISOR);

        clients.liftBan(other.id(), atOther);

        assertThat(board.lookup(other.id(), code).banned()).isTrue();
    }

    @Test
    void a_safety_flag_shows_at_check_in_until_a_supervisor_removes_it() {
        assertThatThrownBy(() -> clients.addFlag(site.id(), clientId, "Overdose in the last 30 days"))
                .isInstanceOf(AccessDeniedException.class);
        supervisor();
        assertThatThrownBy(() -> clients.addFlag(site.id(), clientId, " "))
                .extracting(e -> ((BusinessException) e).field()).isEqualTo("flagText");
        assertThatThrownBy(() -> clients.addFlag(site.id(), clientId, "a\u0000b"))
                .extracting(e -> ((BusinessException) e).field()).isEqualTo("flagText");
        clients.addFlag(site.id(), clientId, "Overdose in the last 30 days");
        staff();
        assertThat(board.lookup(site.id(), code).safetyFlags()).containsExactly("Overdose in the last 30 days");

        supervisor();
        long flagId = clients.flags(site.id(), clientId).getFirst().id();
        clients.removeFlag(site.id(), flagId);

        assertThat(board.lookup(site.id(), code).safetyFlags()).isEmpty();
        assertThat(clients.flags(site.id(), clientId)).singleElement()
                .satisfies(f -> assertThat(f.removedBy()).isEqualTo("supervisor-" + site.id()));
    }

    @Test
    void staff_supervisors_and_managers_of_the_site_read_the_client_page_data() {
        for (Role role : List.of(Role.STAFF, Role.SUPERVISOR, Role.MANAGER)) {
            TestUsers.signIn(role + "-" + site.id(), List.of(site.id()), role);
            assertThat(clients.visits(site.id(), clientId, PageRequest.of(0, 10)).getContent()).hasSize(1);
            assertThat(clients.refusals(site.id(), clientId, PageRequest.of(0, 10)).getContent()).isEmpty();
            assertThat(clients.banHistory(site.id(), clientId)).isEmpty();
            assertThat(clients.flags(site.id(), clientId)).isEmpty();
        }
    }

    @Test
    void admin_and_stock_keeper_get_no_client_page_data_and_another_sites_client_is_not_found() {
        for (Role role : List.of(Role.ADMIN, Role.STOCK_KEEPER)) {
            TestUsers.signIn(role + "-" + site.id(), List.of(site.id()), role);
            assertThatThrownBy(() -> clients.visits(site.id(), clientId, PageRequest.of(0, 10)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> clients.banHistory(site.id(), clientId)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> clients.flags(site.id(), clientId)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> clients.refusals(site.id(), clientId, PageRequest.of(0, 10)))
                    .isInstanceOf(AccessDeniedException.class);
        }
        TestUsers.signIn("staff-other", List.of(other.id()), Role.STAFF);
        assertThatThrownBy(() -> clients.visits(site.id(), clientId, PageRequest.of(0, 10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> clients.visits(other.id(), clientId, PageRequest.of(0, 10)))
                .isInstanceOf(BusinessException.class);
        assertThatThrownBy(() -> clients.banHistory(other.id(), clientId)).isInstanceOf(BusinessException.class);
    }
}

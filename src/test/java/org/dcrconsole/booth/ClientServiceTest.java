package org.dcrconsole.booth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.dcrconsole.DcrSpringBootTest;
import org.dcrconsole.TestUsers;
import org.dcrconsole.base.BusinessException;
import org.dcrconsole.booth.BoothFixture.TestSite;
import org.dcrconsole.security.Role;
import org.dcrconsole.site.BoothKind;
import org.dcrconsole.site.SiteService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

@DcrSpringBootTest
class ClientServiceTest {

    @Autowired
    BoardService board;
    @Autowired
    ClientService clients;
    @Autowired
    SiteService siteService;

    TestSite site;
    String code;
    VisitRef visit;

    @BeforeEach
    void seed() {
        site = BoothFixture.site(siteService, BoothKind.INJECTION);
        TestUsers.signIn("staff-" + site.id(), List.of(site.id()), Role.STAFF);
        code = BoothFixture.newCode();
        visit = BoardServiceTest.admitted(board.checkIn(site.id(), BoothFixture.injection(code, site.booth(0))));
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void a_client_is_found_by_code_or_alias_with_visit_count_and_last_visit() {
        ClientRow byCode = clients.list(site.id(), code.toLowerCase(), PageRequest.of(0, 10)).getContent().getFirst();
        List<ClientRow> byAlias = clients.list(site.id(), visit.clientAlias().substring(0, 3), PageRequest.of(0, 10))
                .getContent();

        assertThat(byCode.alias()).isEqualTo(visit.clientAlias());
        assertThat(byCode.visits()).isEqualTo(1);
        assertThat(byCode.lastVisitAt()).isEqualTo(visit.startedAt());
        assertThat(byAlias).extracting(ClientRow::id).contains(byCode.id());
        assertThat(clients.list(site.id(), "ZZZZ-M-1970", PageRequest.of(0, 10)).getContent()).isEmpty();
    }

    @Test
    void staff_confirm_eligibility_but_cannot_set_or_lift_a_ban() {
        long id = clients.list(site.id(), code, PageRequest.of(0, 1)).getContent().getFirst().id();

        clients.setEligibility(site.id(), id, false);
        assertThat(clients.get(site.id(), id).eligibilityConfirmed()).isFalse();
        assertThatThrownBy(() -> clients.ban(site.id(), id, "Dealing", LocalDate.now().plusDays(7)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> clients.liftBan(site.id(), id)).isInstanceOf(AccessDeniedException.class);
        TestUsers.signIn("manager-" + site.id(), List.of(site.id()), Role.MANAGER);
        assertThatThrownBy(() -> clients.liftBan(site.id(), id)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_supervisor_sets_and_lifts_a_ban_with_reason_and_end_date() {
        long id = clients.list(site.id(), code, PageRequest.of(0, 1)).getContent().getFirst().id();
        TestUsers.signIn("supervisor-" + site.id(), List.of(site.id()), Role.SUPERVISOR);

        assertThatThrownBy(() -> clients.ban(site.id(), id, " ", LocalDate.now().plusDays(7)))
                .extracting(e -> ((BusinessException) e).field()).isEqualTo("banReason");
        assertThatThrownBy(() -> clients.ban(site.id(), id, "Dealing", LocalDate.now().minusDays(2)))
                .extracting(e -> ((BusinessException) e).field()).isEqualTo("bannedUntil");
        LocalDate until = LocalDate.now().plusDays(7);
        clients.ban(site.id(), id, "Dealing", until);
        assertThat(clients.get(site.id(), id).bannedUntil()).isEqualTo(until);
        assertThat(board.lookup(site.id(), code).banned()).isTrue();

        clients.liftBan(site.id(), id);
        assertThat(clients.get(site.id(), id).bannedUntil()).isNull();
    }

    @Test
    void another_sites_client_is_not_found_and_admin_and_stock_keeper_get_no_client_data() {
        long id = clients.list(site.id(), code, PageRequest.of(0, 1)).getContent().getFirst().id();
        TestSite other = BoothFixture.site(siteService, BoothKind.INJECTION);
        TestUsers.signIn("supervisor-other", List.of(other.id()), Role.SUPERVISOR);

        assertThatThrownBy(() -> clients.get(site.id(), id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> clients.get(other.id(), id))
                .extracting(e -> ((BusinessException) e).messageKey()).isEqualTo("error.notFound");
        assertThatThrownBy(() -> clients.liftBan(other.id(), id))
                .extracting(e -> ((BusinessException) e).messageKey()).isEqualTo("error.notFound");
        for (Role role : List.of(Role.ADMIN, Role.STOCK_KEEPER)) {
            TestUsers.signIn("no-clients-" + role, List.of(site.id()), role);
            assertThatThrownBy(() -> clients.get(site.id(), id)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> clients.setEligibility(site.id(), id, true)).isInstanceOf(AccessDeniedException.class);
        }
    }
}

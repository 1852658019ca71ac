package org.dcrconsole.client.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.github.mvysny.kaributesting.v10.NotFoundError;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.dcrconsole.KaribuTest;
import org.dcrconsole.TestUsers;
import org.dcrconsole.booth.BoardService;
import org.dcrconsole.booth.BoothFixture;
import org.dcrconsole.booth.BoothFixture.TestSite;
import org.dcrconsole.booth.CheckInResult;
import org.dcrconsole.booth.CheckOut;
import org.dcrconsole.booth.ClientBanEntry;
import org.dcrconsole.booth.ClientService;
import org.dcrconsole.booth.VisitRef;
import org.dcrconsole.security.Role;
import org.dcrconsole.site.BoothKind;
import org.dcrconsole.site.SiteService;
import org.dcrconsole.stock.MovementKind;
import org.dcrconsole.stock.MovementRequest;
import org.dcrconsole.stock.StockFixture;
import org.dcrconsole.stock.StockService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/** The client page (/clients/{id}): who may open it, and what supervisors and staff do there. */
class ClientViewTest extends KaribuTest {

    @Autowired
    SiteService siteService;
    @Autowired
    BoardService boardService;
    @Autowired
    ClientService clientService;
    @Autowired
    StockService stockService;

    TestSite site;
    String code;
    long clientId;
    VisitRef visit;

    @BeforeEach
    void seed() throws Exception {
        site = BoothFixture.site(siteService, BoothKind.INJECTION);
        code = BoothFixture.newCode();
        visit = TestUsers.as(TestUsers.user("desk-" + site.id(), List.of(site.id()), Role.STAFF), () -> {
            VisitRef v = ((CheckInResult.Admitted) boardService.checkIn(site.id(),
                    BoothFixture.injection(code, site.booth(0)))).visit();
            boardService.checkOut(site.id(), v.visitId(), new CheckOut(0, false, Set.of()));
            boardService.markClean(site.id(), site.booth(0));
            return v;
        });
        clientId = TestUsers.as(TestUsers.user("desk-" + site.id(), List.of(site.id()), Role.STAFF), () ->
                clientService.list(site.id(), code, PageRequest.of(0, 1)).getContent().getFirst().id());
    }

    private String page() {
        return "clients/" + clientId;
    }

    @Test
    void staff_supervisors_and_managers_of_the_site_open_the_page_with_the_clients_visits() {
        for (Role role : List.of(Role.STAFF, Role.SUPERVISOR, Role.MANAGER)) {
            signIn(role + "-" + site.id(), List.of(site.id()), role);
            navigate(page());

            assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(ClientView.class);
            assertThat(_get(Div.class, s -> s.withId("client-summary")).getElement().getTextRecursively())
                    .contains(visit.clientAlias());
            @SuppressWarnings("unchecked")
            Grid<org.dcrconsole.booth.ClientVisit> visits = _get(Grid.class, s -> s.withId("client-visits"));
            assertThat(GridKt._size(visits)).isEqualTo(1);
            assertThat(_find(Button.class, s -> s.withId("client-add-flag"))).hasSize(role == Role.SUPERVISOR ? 1 : 0);
        }
    }

    @Test
    void admin_and_stock_keeper_are_refused_and_another_sites_client_is_not_found() {
        for (Role role : List.of(Role.ADMIN, Role.STOCK_KEEPER)) {
            signIn(role + "-" + site.id(), List.of(site.id()), role);
            assertThatThrownBy(() -> navigate(page())).isInstanceOf(MockAccessDeniedException.class);
        }
        TestSite other = BoothFixture.site(siteService, BoothKind.INJECTION);
        signIn("staff-other-" + other.id(), List.of(other.id()), Role.STAFF);

        assertThatThrownBy(() -> navigate(page())).isInstanceOf(NotFoundError.class);
        assertThat(_find(Div.class, s -> s.withId("client-summary"))).isEmpty();
    }

    @Test
    void the_register_links_each_client_to_their_page() {
        signIn("staff-" + site.id(), List.of(site.id()), Role.STAFF);
        navigate("clients");
        _setValue(_get(TextField.class, s -> s.withId("clients-search")), code);

        Anchor link = (Anchor) GridKt._getCellComponent(_get(Grid.class, s -> s.withId("clients-grid")), 0, "alias");

        assertThat(link.getHref()).isEqualTo(page());
        assertThat(link.getText()).isEqualTo(visit.clientAlias());
    }

    @Test
    void a_supervisor_sets_a_network_ban_lifts_it_and_the_history_keeps_it() {
        signIn("supervisor-" + site.id(), List.of(site.id()), Role.SUPERVISOR);
        navigate(page());

        _click(_get(Button.class, s -> s.withId("client-ban")));
        _setValue(_get(TextArea.class, s -> s.withId("ban-reason")), "Dealing on the premises");
        _setValue(_get(Checkbox.class, s -> s.withId("ban-network")), true);
        _click(_get(Button.class, s -> s.withId("ban-submit")));
        _click(_get(Button.class, s -> s.withId("client-lift-ban")));

        @SuppressWarnings("unchecked")
        Grid<ClientBanEntry> bans = _get(Grid.class, s -> s.withId("client-bans"));
        assertThat(GridKt._size(bans)).isEqualTo(1);
        ClientBanEntry ban = GridKt._get(bans, 0);
        assertThat(ban.network()).isTrue();
        assertThat(ban.reason()).isEqualTo("Dealing on the premises");
        assertThat(ban.liftedBy()).isEqualTo("supervisor-" + site.id());
        assertThat(GridKt._getFormattedRow(bans, 0)).contains("Whole network");
        assertThat(_find(Button.class, s -> s.withId("client-ban"))).hasSize(1);
    }

    @Test
    void a_safety_flag_warns_about_names_and_then_shows_at_check_in() {
        signIn("supervisor-" + site.id(), List.of(site.id()), Role.SUPERVISOR);
        navigate(page());

        _click(_get(Button.class, s -> s.withId("client-add-flag")));
        _setValue(_get(TextArea.class, s -> s.withId("flag-text")), "Overdose on Monday, friend Anna Schmidt knows");
        _click(_get(Button.class, s -> s.withId("flag-submit")));
        assertThat(_get(Checkbox.class, s -> s.withId("flag-no-name")).isVisible()).as("name warning shown").isTrue();
        _setValue(_get(TextArea.class, s -> s.withId("flag-text")), "Overdose in the last 30 days");
        _click(_get(Button.class, s -> s.withId("flag-submit")));
        assertThat(_get(Div.class, s -> s.withId("client-flags")).getElement().getTextRecursively())
                .contains("Overdose in the last 30 days");

        navigate("board");
        _click(_get(Button.class, s -> s.withId("check-in")));
        _setValue(_get(TextField.class, s -> s.withId("checkin-code")), code);

        Div flags = _get(Div.class, s -> s.withId("checkin-flags"));
        assertThat(flags.isVisible()).isTrue();
        assertThat(flags.getElement().getTextRecursively()).contains("Safety flag: Overdose in the last 30 days");
    }

    @Test
    void staff_hand_out_a_kit_from_the_lot_that_expires_first_and_record_a_reversal() throws Exception {
        long item = TestUsers.as(TestUsers.user("keeper-" + site.id(), List.of(site.id()), Role.STOCK_KEEPER), () -> {
            long id = new StockFixture(siteService, stockService).item(site.id(), "Naloxone nasal spray", true, null,
                    null, 1, 0, 5, 7).getId();
            stockService.record(site.id(), MovementRequest.of(id, MovementKind.RECEIPT, 3)
                    .withLot("N-LATE", LocalDate.now().plusYears(1)));
            stockService.record(site.id(), MovementRequest.of(id, MovementKind.RECEIPT, 3)
                    .withLot("N-SOON", LocalDate.now().plusMonths(2)));
            return id;
        });
        signIn("staff-" + site.id(), List.of(site.id()), Role.STAFF);
        navigate(page());

        _click(_get(Button.class, s -> s.withId("naloxone-hand-out")));
        _click(_get(Button.class, s -> s.withId("kit-submit")));
        _click(_get(Button.class, s -> s.withId("naloxone-reversal")));
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.combobox.ComboBox<org.dcrconsole.naloxone.ReversalOutcome> outcome =
                _get(com.vaadin.flow.component.combobox.ComboBox.class, s -> s.withId("reversal-outcome"));
        _setValue(outcome, org.dcrconsole.naloxone.ReversalOutcome.RECOVERED);
        _click(_get(Button.class, s -> s.withId("reversal-submit")));

        String naloxone = _get(Div.class, s -> s.withId("client-naloxone")).getElement().getTextRecursively();
        assertThat(naloxone).contains("Naloxone nasal spray").contains("lot N-SOON").contains("Recovered");
        assertThat(item).isPositive();
    }
}

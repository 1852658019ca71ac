package org.dcrconsole.booth.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import org.dcrconsole.KaribuTest;
import org.dcrconsole.TestUsers;
import org.dcrconsole.booth.BoardService;
import org.dcrconsole.booth.BoothFixture;
import org.dcrconsole.booth.BoothFixture.TestSite;
import org.dcrconsole.booth.CheckInResult;
import org.dcrconsole.booth.ClientRow;
import org.dcrconsole.booth.ClientService;
import org.dcrconsole.booth.VisitRef;
import org.dcrconsole.security.Role;
import org.dcrconsole.site.BoothKind;
import org.dcrconsole.site.SiteService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

class ClientsViewTest extends KaribuTest {

    @Autowired
    SiteService siteService;
    @Autowired
    BoardService boardService;
    @Autowired
    ClientService clientService;

    TestSite site;
    String code;
    VisitRef visit;

    @BeforeEach
    void seed() throws Exception {
        site = BoothFixture.site(siteService, BoothKind.INJECTION);
        code = BoothFixture.newCode();
        visit = TestUsers.as(TestUsers.user("desk-" + site.id(), List.of(site.id()), Role.STAFF), () ->
                ((CheckInResult.Admitted) boardService.checkIn(site.id(), BoothFixture.injection(code, site.booth(0))))
                        .visit());
    }

    @Test
    void staff_find_a_client_by_code_but_cannot_set_or_lift_a_ban() {
        signIn("staff-" + site.id(), List.of(site.id()), Role.STAFF);
        navigate("clients");

        _setValue(_get(TextField.class, s -> s.withId("clients-search")), code);

        ClientRow row = rows().getFirst();
        assertThat(row.alias()).isEqualTo(visit.clientAlias());
        assertThat(row.visits()).isEqualTo(1);
        assertThat(_find(actions(0), Button.class)).extracting(Button::getId).extracting(o -> o.orElse(""))
                .containsExactly("eligibility-" + row.id());
        assertThatThrownBy(() -> clientService.liftBan(site.id(), row.id())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_supervisor_bans_a_client_and_lifts_the_ban() {
        signIn("supervisor-" + site.id(), List.of(site.id()), Role.SUPERVISOR);
        navigate("clients");
        _setValue(_get(TextField.class, s -> s.withId("clients-search")), visit.clientAlias());
        long id = rows().getFirst().id();

        _click(_get(actions(0), Button.class, s -> s.withId("ban-" + id)));
        _setValue(_get(TextArea.class, s -> s.withId("ban-reason")), "Dealing on the premises");
        _click(_get(Button.class, s -> s.withId("ban-submit")));

        assertThat(rows().getFirst().bannedUntil()).isAfterOrEqualTo(LocalDate.now());
        _click(_get(actions(0), Button.class, s -> s.withId("lift-ban-" + id)));
        assertThat(rows().getFirst().bannedUntil()).isNull();
    }

    @SuppressWarnings("unchecked")
    private Grid<ClientRow> grid() {
        return _get(Grid.class, s -> s.withId("clients-grid"));
    }

    private List<ClientRow> rows() {
        return GridKt._fetch(grid(), 0, 50);
    }

    private Component actions(int row) {
        return GridKt._getCellComponent(grid(), row, "actions");
    }
}

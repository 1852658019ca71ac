package org.dcrconsole.booth.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.data.provider.SortDirection;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dcrconsole.KaribuTest;
import org.dcrconsole.TestUsers;
import org.dcrconsole.booth.BoardService;
import org.dcrconsole.booth.BoothFixture;
import org.dcrconsole.booth.BoothFixture.TestSite;
import org.dcrconsole.booth.CheckIn;
import org.dcrconsole.booth.CheckInResult;
import org.dcrconsole.booth.CheckOut;
import org.dcrconsole.booth.ConsumptionRoute;
import org.dcrconsole.booth.Substance;
import org.dcrconsole.booth.VisitRef;
import org.dcrconsole.booth.VisitRow;
import org.dcrconsole.security.Role;
import org.dcrconsole.site.BoothKind;
import org.dcrconsole.site.SiteService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class VisitsViewTest extends KaribuTest {

    @Autowired
    SiteService siteService;
    @Autowired
    BoardService boardService;
    @Autowired
    JdbcTemplate jdbc;

    TestSite site;
    VisitRef injection;
    VisitRef inhalation;

    @BeforeEach
    void seed() throws Exception {
        site = BoothFixture.site(siteService, BoothKind.INJECTION, BoothKind.INHALATION);
        TestUsers.as(TestUsers.user("desk-" + site.id(), List.of(site.id()), Role.STAFF), () -> {
            injection = visit(BoothFixture.newCode(), site.booth(0), ConsumptionRoute.INJECTION, Substance.OPIOIDS);
            BoothFixture.startedMinutesAgo(jdbc, injection.visitId(), 120);
            inhalation = visit(BoothFixture.newCode(), site.booth(1), ConsumptionRoute.INHALATION, Substance.CRACK);
            return null;
        });
        signIn("staff-" + site.id(), List.of(site.id()), Role.STAFF);
        navigate("visits");
    }

    @Test
    void the_grid_lists_newest_first_and_sorts_by_start() {
        assertThat(rows()).extracting(VisitRow::id).containsExactly(inhalation.visitId(), injection.visitId());

        GridKt._sortByKey(grid(), "started", SortDirection.ASCENDING);

        assertThat(rows()).extracting(VisitRow::id).containsExactly(injection.visitId(), inhalation.visitId());
    }

    @Test
    void filters_narrow_the_grid() {
        @SuppressWarnings("unchecked")
        ComboBox<ConsumptionRoute> route = _get(ComboBox.class, s -> s.withId("visits-route"));
        _setValue(route, ConsumptionRoute.INJECTION);
        assertThat(rows()).extracting(VisitRow::id).containsExactly(injection.visitId());

        _setValue(route, null);
        @SuppressWarnings("unchecked")
        ComboBox<Substance> substance = _get(ComboBox.class, s -> s.withId("visits-substance"));
        _setValue(substance, Substance.CRACK);
        assertThat(rows()).extracting(VisitRow::alias).containsExactly(inhalation.clientAlias());
    }

    @Test
    void the_export_downloads_the_filtered_rows_as_csv() {
        @SuppressWarnings("unchecked")
        ComboBox<ConsumptionRoute> route = _get(ComboBox.class, s -> s.withId("visits-route"));
        _setValue(route, ConsumptionRoute.INHALATION);

        String csv = new String(DownloadKt._download(_get(Anchor.class, s -> s.withId("visits-export"))),
                StandardCharsets.UTF_8);

        assertThat(csv.lines().toList()).hasSize(2);
        assertThat(csv.lines().toList().get(1)).contains(inhalation.clientAlias()).contains(",INHALATION,");
    }

    @SuppressWarnings("unchecked")
    private Grid<VisitRow> grid() {
        return _get(Grid.class, s -> s.withId("visits-grid"));
    }

    private List<VisitRow> rows() {
        return GridKt._fetch(grid(), 0, 50);
    }

    private VisitRef visit(String code, long booth, ConsumptionRoute route, Substance substance) {
        CheckInResult.Admitted a = (CheckInResult.Admitted) boardService.checkIn(site.id(),
                new CheckIn(code, Set.of(substance), route, booth, Map.of(), true));
        boardService.checkOut(site.id(), a.visit().visitId(), new CheckOut(0, false, Set.of()));
        return a.visit();
    }
}

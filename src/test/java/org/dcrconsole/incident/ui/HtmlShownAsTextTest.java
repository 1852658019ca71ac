package org.dcrconsole.incident.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.dom.Element;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.dcrconsole.KaribuTest;
import org.dcrconsole.TestUsers;
import org.dcrconsole.incident.IncidentFixture;
import org.dcrconsole.incident.IncidentReport;
import org.dcrconsole.incident.IncidentService;
import org.dcrconsole.roster.RosterFixture;
import org.dcrconsole.roster.StaffService;
import org.dcrconsole.security.Role;
import org.dcrconsole.security.UserService;
import org.dcrconsole.site.SiteService;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Markup typed into a form comes back on screen as the characters typed, never as markup. */
class HtmlShownAsTextTest extends KaribuTest {

    private static final String MARKUP = "<b>x</b><script>alert(1)</script><img src=x onerror=alert(2)>";

    @Autowired
    IncidentService incidents;
    @Autowired
    StaffService staffService;
    @Autowired
    SiteService siteService;
    @Autowired
    UserService userService;
    @Autowired
    Clock clock;

    @Test
    void an_incident_description_with_markup_is_shown_as_text() {
        IncidentFixture.Seed seed = new IncidentFixture(siteService, userService).seed("html");
        TestUsers.signIn(seed.staff());
        IncidentReport report = IncidentFixture.overdose(clock.instant().minusSeconds(60));
        report.setDescription(MARKUP);
        long id = incidents.report(seed.siteId(), report).getId();

        signIn(seed.supervisorName(), List.of(seed.siteId()), Role.SUPERVISOR);
        navigate("incidents/" + id);

        assertThat(_get(Paragraph.class, s -> s.withId("incident-description-text")).getText()).isEqualTo(MARKUP);
        assertNoMarkupRendered();
    }

    @Test
    void a_staff_name_with_markup_is_shown_as_text_in_the_staff_grid() {
        long site = new RosterFixture(siteService, staffService, userService).site(1);
        new RosterFixture(siteService, staffService, userService).staff(Set.of(site), MARKUP, 30, null);

        signIn("html-manager", List.of(site), Role.MANAGER);
        navigate("staff");

        @SuppressWarnings("unchecked")
        Grid<Object> grid = _get(Grid.class, s -> s.withId("staff-grid"));
        assertThat(GridKt._getFormattedRow(grid, 0)).contains(MARKUP);
        assertNoMarkupRendered();
    }

    @Test
    void a_staff_name_with_markup_is_shown_as_text_in_the_roster() {
        RosterFixture fixture = new RosterFixture(siteService, staffService, userService);
        long site = fixture.site(1);
        fixture.staff(Set.of(site), MARKUP, 30, null);

        signIn("html-manager", List.of(site), Role.MANAGER);
        navigate("roster");

        Document week = Jsoup.parseBodyFragment(
                _get(Div.class, s -> s.withId("roster-week")).getElement().getProperty("innerHTML", ""));
        assertThat(week.select(".roster-person-name")).extracting(org.jsoup.nodes.Element::text)
                .containsExactly(MARKUP);
        assertThat(week.select(".roster-add")).hasSize(7)
                .allSatisfy(add -> assertThat(add.attr("aria-label")).contains(MARKUP));
        assertThat(week.select("b, script, img")).isEmpty();
        assertNoMarkupRendered();
    }

    /** No Html component holds the text and no element sets it as innerHTML. */
    private static void assertNoMarkupRendered() {
        assertThat(_find(Html.class)).noneSatisfy(h -> assertThat(h.getInnerHtml()).contains("<script>"));
        assertNoInnerHtml(UI.getCurrent().getElement());
    }

    private static void assertNoInnerHtml(Element element) {
        assertThat(element.getProperty("innerHTML", "")).doesNotContain("<script>");
        element.getChildren().forEach(HtmlShownAsTextTest::assertNoInnerHtml);
    }
}

package org.dcrconsole.handover.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import org.dcrconsole.KaribuTest;
import org.dcrconsole.TestUsers;
import org.dcrconsole.booth.BoothFixture;
import org.dcrconsole.booth.BoothFixture.TestSite;
import org.dcrconsole.booth.ui.BoardView;
import org.dcrconsole.handover.HandoverDraft;
import org.dcrconsole.handover.HandoverRow;
import org.dcrconsole.handover.HandoverService;
import org.dcrconsole.security.Role;
import org.dcrconsole.site.BoothInfo;
import org.dcrconsole.site.BoothKind;
import org.dcrconsole.site.SiteService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Staff hand over on the board, see it on the dashboard, and search the log at /handover. */
class HandoverJourneyTest extends KaribuTest {

    @Autowired
    SiteService siteService;
    @Autowired
    HandoverService handover;
    @Autowired
    JdbcTemplate jdbc;

    TestSite site;

    @BeforeEach
    void seed() {
        site = BoothFixture.site(siteService, BoothKind.INJECTION, BoothKind.INHALATION);
        signIn("handover-staff-" + site.id(), List.of(site.id()), Role.STAFF);
    }

    @Test
    void staff_write_an_open_item_on_the_board_see_it_pinned_and_mark_it_done() {
        navigate("board");
        assertThat(_get(Div.class, s -> s.withId("handover-panel")).getElement().getTextRecursively())
                .contains("Nothing handed over yet.");

        _click(_get(Button.class, s -> s.withId("handover-write")));
        TextArea body = _get(TextArea.class, s -> s.withId("handover-body"));
        _setValue(body, "Herr Meier called 0171 2345678 about his keys");
        Span warning = _get(Span.class, s -> s.withId("handover-warning"));
        assertThat(warning.isVisible()).isTrue();
        assertThat(warning.getText()).contains("person's name").contains("phone number");
        _setValue(body, "Extractor fan rattles; caretaker informed.");
        assertThat(warning.isVisible()).isFalse();
        _setValue(_get(Checkbox.class, s -> s.withId("handover-open")), true);
        @SuppressWarnings("unchecked")
        ComboBox<BoothInfo> booth = _get(ComboBox.class, s -> s.withId("handover-booth"));
        _setValue(booth, booth.getListDataView().getItems().filter(b -> b.label().equals("B2")).findFirst().orElseThrow());
        _click(_get(Button.class, s -> s.withId("handover-save")));

        long id = jdbc.queryForObject("SELECT id FROM handover_entry WHERE site_id = ?", Long.class, site.id());
        Div item = _get(Div.class, s -> s.withId("handover-item-" + id));
        assertThat(item.getElement().getTextRecursively()).contains("Extractor fan rattles").contains("Booth B2")
                .contains("Open");
        assertThat(item.getClassNames()).contains("handover-item--pinned");

        _click(_get(Button.class, s -> s.withId("handover-done-" + id)));

        assertThat(_find(Button.class, s -> s.withId("handover-done-" + id))).isEmpty();
        assertThat(jdbc.queryForObject("SELECT done_by FROM handover_entry WHERE id = ?", String.class, id))
                .isNotBlank();
    }

    @Test
    void a_blank_entry_is_refused_at_the_field_and_nothing_is_saved() {
        navigate("handover");

        _click(_get(Button.class, s -> s.withId("handover-write")));
        _setValue(_get(TextArea.class, s -> s.withId("handover-body")), "   ");
        _click(_get(Button.class, s -> s.withId("handover-save")));

        TextArea body = _get(TextArea.class, s -> s.withId("handover-body"));
        assertThat(body.isInvalid()).isTrue();
        assertThat(body.getErrorMessage()).isEqualTo("Write what the next shift needs to know.");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM handover_entry WHERE site_id = ?", Long.class, site.id()))
                .isZero();
    }

    @Test
    void the_log_is_searched_by_text_and_narrowed_to_open_items() throws Exception {
        write("Fridge temperature logged", false);
        write("Sharps bin nearly full", true);
        write("Fan in booth B1 rattles", true);
        navigate("handover");
        @SuppressWarnings("unchecked")
        Grid<HandoverRow> grid = _get(Grid.class, s -> s.withId("handover-grid"));
        assertThat(bodies(grid)).containsExactly("Fan in booth B1 rattles", "Sharps bin nearly full",
                "Fridge temperature logged");

        _setValue(_get(TextField.class, s -> s.withId("handover-search")), "fan");
        assertThat(bodies(grid)).containsExactly("Fan in booth B1 rattles");

        _setValue(_get(TextField.class, s -> s.withId("handover-search")), "");
        _setValue(_get(Checkbox.class, s -> s.withId("handover-open-only")), true);
        assertThat(bodies(grid)).containsExactly("Fan in booth B1 rattles", "Sharps bin nearly full");
    }

    @Test
    void the_next_shift_sees_the_pinned_items_on_the_dashboard() throws Exception {
        navigate("");
        write("Naloxone kit expires this month: swap it.", true);
        navigate("board");

        navigate("");

        assertThat(_get(Div.class, s -> s.withId("handover-panel")).getElement().getTextRecursively())
                .contains("Naloxone kit expires this month").contains("1 open");
    }

    @Test
    void the_wall_display_reads_the_pinned_items_without_a_button() throws Exception {
        write("Sharps bin nearly full", true);
        signIn("handover-wall-" + site.id(), List.of(site.id()), Role.DISPLAY);

        navigate("board");

        assertThat(_get(Div.class, s -> s.withId("handover-panel")).getElement().getTextRecursively())
                .contains("Sharps bin nearly full");
        assertThat(_find(Button.class, s -> s.withId("handover-write"))).isEmpty();
        assertThat(_find(Div.class, s -> s.withClasses("handover-item")).stream()
                .flatMap(d -> d.getChildren()).filter(Button.class::isInstance)).isEmpty();
        navigate("handover");
        assertThat(UI.getCurrent().getCurrentView()).as("the log is not a wall display's").isInstanceOf(BoardView.class);
    }

    private void write(String body, boolean open) throws Exception {
        TestUsers.as(TestUsers.user("handover-desk-" + site.id(), List.of(site.id()), Role.STAFF),
                () -> handover.write(site.id(), new HandoverDraft(body, open, null, null, null)));
    }

    private static List<String> bodies(Grid<HandoverRow> grid) {
        List<String> bodies = new ArrayList<>();
        for (int i = 0; i < GridKt._size(grid); i++) {
            bodies.add(GridKt._get(grid, i).body());
        }
        return bodies;
    }
}

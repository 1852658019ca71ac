package org.dcrconsole.incident.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import org.dcrconsole.KaribuTest;
import org.dcrconsole.incident.IncidentFixture;
import org.dcrconsole.security.Role;
import org.dcrconsole.security.UserService;
import org.dcrconsole.site.SiteService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The incident form names the client by picking an alias of the site's register, and refuses a code typed in the text. */
class IncidentAliasPickerTest extends KaribuTest {

    @Autowired
    SiteService siteService;
    @Autowired
    UserService userService;
    @Autowired
    JdbcTemplate jdbc;

    IncidentFixture.Seed seed;

    @BeforeEach
    void seed() {
        seed = new IncidentFixture(siteService, userService).seed("picker");
        for (String alias : List.of("P4K-Q2W", "P4M-XY7", "R2D-2C3")) {
            jdbc.update("INSERT INTO client (site_id, code_hash, alias, sex, birth_year, eligibility_confirmed) "
                    + "VALUES (?, ?, ?, 'MALE', 1980, TRUE)", seed.siteId(), "picker-" + seed.siteId() + alias, alias);
        }
    }

    @Test
    void staff_pick_the_client_from_the_register_by_typing_the_start_of_the_alias() {
        signIn(seed.staffName(), List.of(seed.siteId()), Role.STAFF);
        navigate("incidents/new");
        @SuppressWarnings("unchecked")
        ComboBox<String> alias = _get(ComboBox.class, s -> s.withId("incident-alias"));

        ComboBoxKt.setUserInput(alias, "p4");
        assertThat(ComboBoxKt.getSuggestionItems(alias)).containsExactly("P4K-Q2W", "P4M-XY7");
        _setValue(alias, "P4M-XY7");
        _setValue(_get(TextArea.class, s -> s.withId("incident-description")), "Client collapsed after smoking.");
        _click(_get(Button.class, s -> s.withId("incident-save")));

        assertThat(jdbc.queryForObject("SELECT client_alias FROM incident WHERE site_id = ?", String.class,
                seed.siteId())).isEqualTo("P4M-XY7");
    }

    @Test
    void a_client_code_typed_into_the_description_is_refused_at_the_field() {
        signIn(seed.staffName(), List.of(seed.siteId()), Role.STAFF);
        navigate("incidents/new");
        TextArea description = _get(TextArea.class, s -> s.withId("incident-description"));
        _setValue(description, "MAMU-F-1985 collapsed after smoking.");
        _click(_get(Button.class, s -> s.withId("incident-save")));

        assertThat(description.isInvalid()).isTrue();
        assertThat(description.getErrorMessage()).contains("client code");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM incident WHERE site_id = ?", Long.class, seed.siteId()))
                .isZero();
    }
}

package org.dcrconsole.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.dcrconsole.KaribuTest;
import org.dcrconsole.TestUsers;
import org.dcrconsole.base.BusinessException;
import org.dcrconsole.booth.BoothFixture;
import org.dcrconsole.security.AppUser;
import org.dcrconsole.security.Role;
import org.dcrconsole.security.SignedInUser;
import org.dcrconsole.security.UserService;
import org.dcrconsole.site.BoothKind;
import org.dcrconsole.site.SiteService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A user chooses English or Deutsch in the menu; the choice is saved and every later page,
 * date pickers included, speaks it.
 */
class LanguageTest extends KaribuTest {

    @Autowired
    UserService userService;
    @Autowired
    SiteService siteService;

    private SignedInUser me;

    @BeforeEach
    void createUser() throws Exception {
        long siteId = BoothFixture.site(siteService, BoothKind.INJECTION).id();
        AppUser user = new AppUser();
        user.setUsername("lang-" + UUID.randomUUID().toString().substring(0, 8));
        user.setDisplayName("Language Tester");
        user.setRoles(EnumSet.of(Role.STAFF));
        user.setSiteIds(Set.of(siteId));
        AppUser saved = TestUsers.as(TestUsers.user("admin-lang", List.of(), Role.ADMIN),
                () -> userService.save(user, "correct-horse-1"));
        me = new SignedInUser(saved.getId(), saved.getUsername(), saved.getDisplayName(), null,
                EnumSet.of(Role.STAFF), Set.of(siteId), true, null);
    }

    @Test
    void choosing_deutsch_saves_it_and_the_next_sign_in_gets_german_pickers_with_monday_first() throws Exception {
        signIn(me);
        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate("visits");
        @SuppressWarnings("unchecked")
        Select<Locale> language = _get(Select.class, spec -> spec.withId("language"));
        assertThat(language.getValue()).isEqualTo(Locale.ENGLISH);

        _setValue(language, Locale.GERMAN);

        assertThat(UI.getCurrent().getLocale()).isEqualTo(Locale.GERMAN);
        assertThat(UI.getCurrent().getElement().getAttribute("lang")).isEqualTo("de");
        assertThat(TestUsers.as(me, () -> userService.myLanguage())).contains(Locale.GERMAN);

        signIn(me);
        navigate("visits");
        assertThat(UI.getCurrent().getLocale()).isEqualTo(Locale.GERMAN);
        assertThat(UI.getCurrent().getElement().getAttribute("lang")).isEqualTo("de");
        List<DatePicker> pickers = _find(DatePicker.class);
        assertThat(pickers).isNotEmpty();
        for (DatePicker picker : pickers) {
            assertThat(picker.getLocale()).isEqualTo(Locale.GERMAN);
            assertThat(picker.getI18n().getToday()).isEqualTo("Heute");
            assertThat(picker.getI18n().getCancel()).isEqualTo("Abbrechen");
            assertThat(picker.getI18n().getFirstDayOfWeek()).isEqualTo(1);
            assertThat(picker.getI18n().getMonthNames().get(2)).isEqualTo("März");
            assertThat(picker.getI18n().getWeekdaysShort()).startsWith("So", "Mo");
        }
    }

    @Test
    void english_pickers_say_today_and_start_on_monday_for_european_sites() {
        DatePicker.DatePickerI18n i18n = Pickers.i18n(Locale.ENGLISH);
        assertThat(i18n.getToday()).isEqualTo("Today");
        assertThat(i18n.getFirstDayOfWeek()).isEqualTo(1);
        assertThat(i18n.getMonthNames().get(0)).isEqualTo("January");
    }

    @Test
    void only_offered_languages_can_be_saved() throws Exception {
        assertThatThrownBy(() -> TestUsers.as(me, () -> {
            userService.setLanguage(Locale.FRENCH);
            return null;
        })).isInstanceOf(BusinessException.class);
        assertThat(TestUsers.as(me, () -> userService.myLanguage())).isEmpty();
    }
}

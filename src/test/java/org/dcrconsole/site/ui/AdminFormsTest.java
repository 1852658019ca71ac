package org.dcrconsole.site.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.ItemDoubleClickEvent;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import org.dcrconsole.KaribuTest;
import org.dcrconsole.TestUsers;
import org.dcrconsole.base.ui.FormDialog;
import org.dcrconsole.security.AppUser;
import org.dcrconsole.security.Role;
import org.dcrconsole.security.UserRow;
import org.dcrconsole.security.UserService;
import org.dcrconsole.site.Booth;
import org.dcrconsole.site.BoothKind;
import org.dcrconsole.site.Site;
import org.dcrconsole.site.SiteService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/** The administrator's forms, used as an administrator would: clicking and typing. */
class AdminFormsTest extends KaribuTest {

    private static final String CONCURRENT = "Someone else changed this record while you were editing it. "
            + "Nothing was overwritten: close the dialog, reopen the record and make your change again.";

    @Autowired
    SiteService siteService;
    @Autowired
    UserService userService;

    private final String tag = UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void openAdministration() {
        signIn("admin-forms", List.of(), Role.ADMIN);
        navigate("admin");
    }

    // --- users ---

    @Test
    void a_new_user_needs_name_display_name_and_role() {
        _click(_get(Button.class, s -> s.withId("new-user")));
        _click(dialog("user-dialog").getSaveButton());

        assertInvalid(_get(TextField.class, s -> s.withLabel("User name")), "Required");
        assertInvalid(_get(TextField.class, s -> s.withLabel("Display name")), "Required");
        assertInvalid(_get(CheckboxGroup.class, s -> s.withLabel("Roles")), "Choose at least one role");
        assertThat(dialog("user-dialog").isOpened()).isTrue();
    }

    @Test
    void a_user_name_longer_than_the_limit_is_refused_at_the_field() {
        _click(_get(Button.class, s -> s.withId("new-user")));
        fillUser("u".repeat(AppUser.USERNAME_MAX + 1), "Too Long", "long-password-1");
        _click(dialog("user-dialog").getSaveButton());

        assertThat(_get(TextField.class, s -> s.withLabel("User name")).isInvalid()).isTrue();
        assertThat(users("u".repeat(AppUser.USERNAME_MAX))).isEmpty();
    }

    @Test
    void a_new_user_is_saved_with_roles_and_password() {
        String name = "new-" + tag;
        _click(_get(Button.class, s -> s.withId("new-user")));
        fillUser(name, "New Person", "new-password-1");
        _click(dialog("user-dialog").getSaveButton());

        NotificationsKt.expectNotifications("Saved");
        _assertNone(FormDialog.class);
        assertThat(users(name)).singleElement().satisfies(u -> {
            assertThat(u.displayName()).isEqualTo("New Person");
            assertThat(u.roles()).containsExactly(Role.SUPERVISOR);
        });
    }

    @Test
    void a_user_changed_by_someone_else_meanwhile_is_not_overwritten() {
        String name = "conflict-" + tag;
        AppUser user = new AppUser();
        user.setUsername(name);
        user.setDisplayName("Original");
        user.setRoles(EnumSet.of(Role.STAFF));
        asAdmin(() -> userService.save(user, "original-pass-1"));

        _setValue(_get(TextField.class, s -> s.withPlaceholder("Search")), name);
        doubleClick(gridOf(UserRow.class), 0);
        // another administrator saves the same user while this dialog is open
        asAdmin(() -> {
            AppUser other = userService.get(user.getId());
            other.setDisplayName("Changed elsewhere");
            return userService.save(other, null);
        });
        _setValue(_get(TextField.class, s -> s.withLabel("Display name")), "Changed here");
        _click(dialog("user-dialog").getSaveButton());

        NotificationsKt.expectNotifications(CONCURRENT);
        assertThat(dialog("user-dialog").isOpened()).isTrue();
        assertThat(users(name)).singleElement().extracting(UserRow::displayName).isEqualTo("Changed elsewhere");
    }

    // --- sites and booths ---

    @Test
    void a_new_site_needs_name_city_and_limits_its_length() {
        sitesTab();
        _click(_get(Button.class, s -> s.withId("new-site")));
        _click(dialog("site-dialog").getSaveButton());
        assertInvalid(_get(TextField.class, s -> s.withLabel("Name")), "Required");
        assertInvalid(_get(TextField.class, s -> s.withLabel("City")), "Required");

        _setValue(_get(TextField.class, s -> s.withLabel("Name")), "N".repeat(Site.NAME_MAX + 1));
        _setValue(_get(TextField.class, s -> s.withLabel("City")), "Köln");
        _click(dialog("site-dialog").getSaveButton());
        assertThat(_get(TextField.class, s -> s.withLabel("Name")).isInvalid()).isTrue();
        assertThat(dialog("site-dialog").isOpened()).isTrue();
        assertThat(asAdmin(siteService::allSites)).extracting(Site::getName)
                .doesNotContain("N".repeat(Site.NAME_MAX + 1));
    }

    @Test
    void a_new_site_and_its_booth_are_saved() {
        String siteName = "Site " + tag;
        sitesTab();
        _click(_get(Button.class, s -> s.withId("new-site")));
        _setValue(_get(TextField.class, s -> s.withLabel("Name")), siteName);
        _setValue(_get(TextField.class, s -> s.withLabel("City")), "Köln");
        _setValue(_get(ComboBox.class, s -> s.withLabel("Time zone")), "Europe/Berlin");
        _click(dialog("site-dialog").getSaveButton());
        NotificationsKt.expectNotifications("Saved");
        Site site = siteNamed(siteName);
        assertThat(site.getCity()).isEqualTo("Köln");

        NotificationsKt.clearNotifications();
        boothsTab(site);
        _click(_get(Button.class, s -> s.withId("new-booth")));
        _click(dialog("booth-dialog").getSaveButton());
        assertInvalid(_get(TextField.class, s -> s.withLabel("Label")), "Required");
        _setValue(_get(TextField.class, s -> s.withLabel("Label")), "L".repeat(Booth.LABEL_MAX + 1));
        _click(dialog("booth-dialog").getSaveButton());
        assertThat(_get(TextField.class, s -> s.withLabel("Label")).isInvalid()).isTrue();

        _setValue(_get(TextField.class, s -> s.withLabel("Label")), "X01");
        _setValue(_get(Select.class, s -> s.withLabel("Kind")), BoothKind.INHALATION);
        _click(dialog("booth-dialog").getSaveButton());
        NotificationsKt.expectNotifications("Saved");
        assertThat(asAdmin(() -> siteService.boothsForEdit(site.getId()))).singleElement().satisfies(b -> {
            assertThat(b.getLabel()).isEqualTo("X01");
            assertThat(b.getKind()).isEqualTo(BoothKind.INHALATION);
        });
    }

    @Test
    void a_site_changed_by_someone_else_meanwhile_is_not_overwritten() {
        Site site = newSite("Conflict site " + tag);
        openAdministration();
        sitesTab();
        Grid<Site> grid = gridOf(Site.class);
        doubleClick(grid, rowOf(grid, s -> s.getId().equals(site.getId())));
        asAdmin(() -> {
            Site other = siteService.getForEdit(site.getId());
            other.setCity("Changed elsewhere");
            return siteService.saveSite(other);
        });
        _setValue(_get(TextField.class, s -> s.withLabel("City")), "Changed here");
        _click(dialog("site-dialog").getSaveButton());

        NotificationsKt.expectNotifications(CONCURRENT);
        assertThat(siteNamed(site.getName()).getCity()).isEqualTo("Changed elsewhere");
    }

    @Test
    void a_booth_changed_by_someone_else_meanwhile_is_not_overwritten() {
        Site site = newSite("Booth conflict " + tag);
        Booth booth = new Booth();
        booth.setSiteId(site.getId());
        booth.setLabel("B01");
        Booth saved = asAdmin(() -> siteService.saveBooth(booth));
        openAdministration();
        boothsTab(site);
        Grid<Booth> grid = gridOf(Booth.class);
        doubleClick(grid, rowOf(grid, b -> b.getId().equals(saved.getId())));
        asAdmin(() -> {
            Booth other = siteService.boothsForEdit(site.getId()).getFirst();
            other.setLabel("B02");
            return siteService.saveBooth(other);
        });
        _setValue(_get(TextField.class, s -> s.withLabel("Label")), "B03");
        _click(dialog("booth-dialog").getSaveButton());

        NotificationsKt.expectNotifications(CONCURRENT);
        assertThat(asAdmin(() -> siteService.boothsForEdit(site.getId()))).extracting(Booth::getLabel)
                .containsExactly("B02");
    }

    // --- helpers ---

    private void fillUser(String username, String displayName, String password) {
        _setValue(_get(TextField.class, s -> s.withLabel("User name")), username);
        _setValue(_get(TextField.class, s -> s.withLabel("Display name")), displayName);
        _setValue(_get(PasswordField.class, s -> s.withLabel("Password")), password);
        @SuppressWarnings("unchecked")
        CheckboxGroup<Role> roles = _get(CheckboxGroup.class, s -> s.withLabel("Roles"));
        _setValue(roles, Set.of(Role.SUPERVISOR));
    }

    private static void assertInvalid(HasValidation field, String message) {
        assertThat(field.isInvalid()).isTrue();
        assertThat(field.getErrorMessage()).isEqualTo(message);
    }

    private static FormDialog dialog(String id) {
        return _get(FormDialog.class, s -> s.withId(id));
    }

    private static void sitesTab() {
        _get(TabSheet.class).setSelectedIndex(1);
    }

    private static void boothsTab(Site site) {
        _get(TabSheet.class).setSelectedIndex(2);
        @SuppressWarnings("unchecked")
        Select<Site> select = _get(Select.class, s -> s.withLabel("Site"));
        _setValue(select, select.getListDataView().getItems().filter(s -> s.getId().equals(site.getId()))
                .findFirst().orElseThrow());
    }

    @SuppressWarnings("unchecked")
    private static <T> Grid<T> gridOf(Class<T> itemType) {
        for (Grid<?> grid : _find(Grid.class)) {
            if (GridKt._size(grid) > 0 && itemType.isInstance(GridKt._get(grid, 0))) {
                return (Grid<T>) grid;
            }
        }
        throw new AssertionError("no grid shows " + itemType.getSimpleName());
    }

    private static <T> int rowOf(Grid<T> grid, Predicate<T> match) {
        for (int i = 0; i < GridKt._size(grid); i++) {
            if (match.test(GridKt._get(grid, i))) {
                return i;
            }
        }
        throw new AssertionError("row not in grid");
    }

    private static <T> void doubleClick(Grid<T> grid, int row) {
        String key = grid.getDataCommunicator().getKeyMapper().key(GridKt._get(grid, row));
        ComponentUtil.fireEvent(grid, new ItemDoubleClickEvent<>(grid, true, key, null, 0, 0, 0, 0, 2, 0,
                false, false, false, false));
    }

    private List<UserRow> users(String username) {
        return asAdmin(() -> userService.list(username, PageRequest.of(0, 10)).getContent().stream()
                .filter(u -> u.username().equals(username)).toList());
    }

    private Site siteNamed(String name) {
        return asAdmin(siteService::allSites).stream().filter(s -> s.getName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no site " + name));
    }

    private Site newSite(String name) {
        Site site = new Site();
        site.setName(name);
        site.setCity("Bonn");
        return asAdmin(() -> siteService.saveSite(site));
    }

    /** Service calls made by "another administrator", outside the UI under test. */
    private static <T> T asAdmin(java.util.concurrent.Callable<T> work) {
        try {
            return TestUsers.as(TestUsers.user("other-admin", List.of(), Role.ADMIN), work);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}

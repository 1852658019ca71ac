package org.dcrconsole.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.ItemDoubleClickEvent;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.dcrconsole.KaribuTest;
import org.dcrconsole.TestUsers;
import org.dcrconsole.base.ui.FormDialog;
import org.dcrconsole.security.AppUser;
import org.dcrconsole.security.Role;
import org.dcrconsole.security.SignedInUser;
import org.dcrconsole.security.UserRow;
import org.dcrconsole.security.UserService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * As people do it: a nurse whose password the administrator set sees only the password change
 * until she chose her own; anyone changes their password from the user menu and is told at the
 * field what is wrong; an administrator who ticks a role on their own account is refused at the
 * roles field.
 */
class PasswordAndAdminJourneysTest extends KaribuTest {

    private static final String SET_BY_ADMIN = "set-By-Admin-5";

    @Autowired
    UserService userService;
    @Autowired
    UserDetailsService userDetailsService;

    private SignedInUser newUser(Role role, boolean chosenOwnPassword) throws Exception {
        AppUser user = new AppUser();
        user.setUsername("journey-" + UUID.randomUUID().toString().substring(0, 8));
        user.setDisplayName("Journey " + role);
        user.setRoles(EnumSet.of(role));
        user.setSiteIds(Set.of());
        TestUsers.as(TestUsers.user("journey-admin", List.of(), Role.ADMIN), () -> userService.save(user, SET_BY_ADMIN));
        SignedInUser loaded = (SignedInUser) userDetailsService.loadUserByUsername(user.getUsername());
        if (chosenOwnPassword) {
            TestUsers.as(loaded, () -> {
                userService.changeOwnPassword(SET_BY_ADMIN, "own-Choice-" + user.getUsername());
                return null;
            });
            loaded = (SignedInUser) userDetailsService.loadUserByUsername(user.getUsername());
        }
        return loaded;
    }

    private static PasswordField field(String id) {
        return _get(PasswordField.class, s -> s.withId(id));
    }

    private static void type(String current, String next, String repeat) {
        _setValue(field("current-password"), current);
        _setValue(field("new-password"), next);
        _setValue(field("repeat-password"), repeat);
        _click(_get(Button.class, s -> s.withId("change-password")));
    }

    private static void assertInvalid(HasValidation field, String messagePart) {
        assertThat(field.isInvalid()).isTrue();
        assertThat(field.getErrorMessage()).contains(messagePart);
    }

    private static Class<?> currentView() {
        return UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst().getClass();
    }

    @Test
    void a_nurse_whose_password_the_admin_set_must_choose_her_own_before_anything_else() throws Exception {
        SignedInUser nurse = newUser(Role.STAFF, false);
        signIn(nurse);
        navigate("incidents");
        assertThat(currentView()).isEqualTo(ChangePasswordView.class);
        assertThat(_get(Paragraph.class, s -> s.withId("password-forced")).getText()).contains("administrator set");
        _assertNone(Button.class, s -> s.withId("password-back"));
        navigate("");
        assertThat(currentView()).as("the dashboard waits too").isEqualTo(ChangePasswordView.class);

        type(SET_BY_ADMIN, "Nurse-own-Secret-8", "Nurse-own-Secret-8");

        assertThat(currentView()).isNotEqualTo(ChangePasswordView.class);
        navigate("incidents");
        assertThat(currentView()).isNotEqualTo(ChangePasswordView.class);
        assertThat(((SignedInUser) userDetailsService.loadUserByUsername(nurse.getUsername())).mustChangePassword())
                .isFalse();
    }

    @Test
    void anyone_changes_their_password_from_the_user_menu_and_is_told_at_the_field_what_is_wrong() throws Exception {
        SignedInUser keeper = newUser(Role.STOCK_KEEPER, true);
        String current = "own-Choice-" + keeper.getUsername();
        signIn(keeper);
        navigate("");
        _click(_get(Button.class, s -> s.withId("change-own-password")));
        assertThat(currentView()).isEqualTo(ChangePasswordView.class);
        _assertNone(Paragraph.class, s -> s.withId("password-forced"));
        _get(Button.class, s -> s.withId("password-back"));

        type("not-my-password", "Fresh-Secret-21", "Fresh-Secret-21");
        assertInvalid(field("current-password"), "current password is incorrect");

        String tooLong = "x".repeat(60) + "ü".repeat(7);
        type(current, tooLong, tooLong);
        assertInvalid(field("new-password"), "8 to 72 bytes");

        type(current, "Sunshine123", "Sunshine123");
        assertInvalid(field("new-password"), "too common");

        type(current, "Fresh-Secret-21", "Fresh-Secret-12");
        assertInvalid(field("repeat-password"), "differ");

        type(current, "Fresh-Secret-21", "Fresh-Secret-21");
        assertThat(currentView()).isNotEqualTo(ChangePasswordView.class);
        assertThat(((SignedInUser) userDetailsService.loadUserByUsername(keeper.getUsername())).getUsername())
                .isEqualTo(keeper.getUsername());
    }

    @Test
    void an_admin_ticking_a_role_on_their_own_account_is_refused_at_the_roles_field() throws Exception {
        SignedInUser admin = newUser(Role.ADMIN, true);
        signIn(admin);
        navigate("admin");
        _setValue(_get(TextField.class, s -> s.withPlaceholder("Search")), admin.getUsername());
        Grid<UserRow> grid = usersGrid();
        doubleClick(grid, 0);

        CheckboxGroup<Role> roles = roles();
        _setValue(roles, EnumSet.of(Role.ADMIN, Role.MANAGER));
        _click(_get(FormDialog.class, s -> s.withId("user-dialog")).getSaveButton());

        assertInvalid(roles, "cannot change your own roles");
        assertThat(_get(FormDialog.class, s -> s.withId("user-dialog")).isOpened()).isTrue();
        assertThat(TestUsers.as(admin, () -> userService.get(admin.userId()).getRoles())).containsExactly(Role.ADMIN);
    }

    @Test
    void an_admin_cannot_create_an_account_that_is_admin_and_nurse() throws Exception {
        signIn(newUser(Role.ADMIN, true));
        navigate("admin");
        _click(_get(Button.class, s -> s.withId("new-user")));
        _setValue(_get(TextField.class, s -> s.withLabel("User name")), "mixed-" + UUID.randomUUID().toString()
                .substring(0, 8));
        _setValue(_get(TextField.class, s -> s.withLabel("Display name")), "Mixed Roles");
        _setValue(_get(PasswordField.class, s -> s.withLabel("Password")), "mixed-Roles-1");
        CheckboxGroup<Role> roles = roles();
        _setValue(roles, EnumSet.of(Role.ADMIN, Role.STAFF));
        _click(_get(FormDialog.class, s -> s.withId("user-dialog")).getSaveButton());

        assertInvalid(roles, "ADMIN cannot be combined");
    }

    @SuppressWarnings("unchecked")
    private static CheckboxGroup<Role> roles() {
        return _get(CheckboxGroup.class, s -> s.withLabel("Roles"));
    }

    @SuppressWarnings("unchecked")
    private static Grid<UserRow> usersGrid() {
        for (Grid<?> grid : _find(Grid.class)) {
            if (GridKt._size(grid) > 0 && GridKt._get(grid, 0) instanceof UserRow) {
                return (Grid<UserRow>) grid;
            }
        }
        throw new AssertionError("no user grid");
    }

    private static <T> void doubleClick(Grid<T> grid, int row) {
        String key = grid.getDataCommunicator().getKeyMapper().key(GridKt._get(grid, row));
        ComponentUtil.fireEvent(grid, new ItemDoubleClickEvent<>(grid, true, key, null, 0, 0, 0, 0, 2, 0,
                false, false, false, false));
    }
}

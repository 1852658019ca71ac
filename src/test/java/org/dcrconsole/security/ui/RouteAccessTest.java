package org.dcrconsole.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.RouteConfiguration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.dcrconsole.KaribuTest;
import org.dcrconsole.booth.ui.BoardView;
import org.dcrconsole.report.ui.DashboardView;
import org.dcrconsole.security.Role;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The route table of SPEC.md, route by route and role by role (and anonymous): who may open a
 * view, who is refused, and that the side navigation offers exactly the views a role may open.
 *
 * <p>{@link #ACTIVE} holds the routes whose views exist on this branch; {@link #PENDING} holds
 * the rest of the SPEC table, whose views the feature branches bring. After merging a feature,
 * move its rows from PENDING to ACTIVE — nothing else changes. A route in ACTIVE without a view
 * fails the test (it is never skipped).
 */
class RouteAccessTest extends KaribuTest {

    /** One row of SPEC.md's route table: the roles that may open the route, and anonymous access. */
    record RouteRule(String route, Set<Role> roles, boolean anonymous) {

        boolean allows(@Nullable Role role) {
            return role == null ? anonymous : roles.contains(role);
        }

        @Override
        public String toString() {
            return "/" + route;
        }
    }

    private static final Set<Role> ALL_SIGNED_IN = EnumSet.allOf(Role.class);
    private static final Set<Role> FLOOR = EnumSet.of(Role.STAFF, Role.SUPERVISOR, Role.MANAGER);
    /** The board also opens, read-only, for the wall display. */
    private static final Set<Role> BOARD = EnumSet.of(Role.STAFF, Role.SUPERVISOR, Role.MANAGER, Role.DISPLAY);
    private static final Set<Role> STOCK = EnumSet.of(Role.STOCK_KEEPER, Role.MANAGER);

    /** Routes whose views exist on this branch. */
    static final List<RouteRule> ACTIVE = List.of(
            new RouteRule("login", EnumSet.noneOf(Role.class), true),
            new RouteRule("", ALL_SIGNED_IN, false),
            new RouteRule("admin", EnumSet.of(Role.ADMIN), false),
            new RouteRule("board", BOARD, false),
            new RouteRule("visits", FLOOR, false),
            new RouteRule("clients", FLOOR, false),
            // managers plan; staff and supervisors see their own shifts there
            new RouteRule("roster", EnumSet.of(Role.MANAGER, Role.STAFF, Role.SUPERVISOR), false),
            new RouteRule("staff", EnumSet.of(Role.MANAGER), false),
            new RouteRule("stock", STOCK, false),
            new RouteRule("reorder", STOCK, false),
            new RouteRule("purchase-orders", STOCK, false),
            new RouteRule("incidents", EnumSet.complementOf(EnumSet.of(Role.ADMIN, Role.DISPLAY)), false),
            // the access log names clients by alias: managers only, never ADMIN
            new RouteRule("access-log", EnumSet.of(Role.MANAGER), false),
            new RouteRule("handover", FLOOR, false),
            new RouteRule("alerts", FLOOR, false));

    /** The rest of SPEC.md's table; move a row to ACTIVE once its view is merged. */
    static final List<RouteRule> PENDING = List.of();

    /** Every active route × every role, and anonymous (a null role). */
    static Stream<Arguments> routesAndVisitors() {
        List<Arguments> cases = new ArrayList<>();
        for (RouteRule rule : ACTIVE) {
            cases.add(Arguments.of(rule, null));
            for (Role role : Role.values()) {
                cases.add(Arguments.of(rule, role));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("routesAndVisitors")
    void a_route_opens_only_for_the_roles_of_the_spec(RouteRule rule, @Nullable Role role) {
        Optional<Class<? extends Component>> view = RouteConfiguration.forApplicationScope().getRoute(rule.route());
        assertThat(view).as("a view is registered for /" + rule.route()).isPresent();
        if (role != null) {
            signIn("route-" + role.name().toLowerCase(), List.of(), role);
        }

        if (role == Role.DISPLAY) {
            navigate(rule.route());
            assertThat(UI.getCurrent().getCurrentView()).as("a wall display is sent to the board from every route")
                    .isInstanceOf(BoardView.class);
        } else if (rule.allows(role)) {
            navigate(rule.route());
            assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(view.get());
        } else if (role == null) {
            navigate(rule.route());
            assertThat(UI.getCurrent().getCurrentView()).as("anonymous visitors are sent to sign in")
                    .isInstanceOf(LoginView.class);
        } else if (view.get() == LoginView.class) {
            navigate(rule.route());
            assertThat(UI.getCurrent().getCurrentView()).as("someone signed in is sent to the dashboard")
                    .isInstanceOf(DashboardView.class);
        } else {
            assertThrows(MockAccessDeniedException.class, () -> navigate(rule.route()));
        }
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void the_menu_shows_exactly_the_views_a_role_may_open(Role role) {
        signIn("menu-" + role.name().toLowerCase(), List.of(), role);
        navigate("");

        Set<String> expected = role == Role.DISPLAY ? Set.of("board")
                : ACTIVE.stream().filter(r -> r.allows(role) && !r.route().equals("login"))
                        .map(RouteRule::route).collect(Collectors.toSet());
        Set<String> shown = _get(SideNav.class).getItems().stream().map(SideNavItem::getPath)
                .collect(Collectors.toSet());
        assertThat(shown).isEqualTo(expected);
    }

    @Test
    void the_table_covers_every_route_of_the_spec_once() {
        List<String> routes = Stream.concat(ACTIVE.stream(), PENDING.stream()).map(RouteRule::route).toList();
        assertThat(routes).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(Arrays.asList(
                "login", "", "board", "visits", "clients", "roster", "staff", "stock", "reorder",
                "purchase-orders", "incidents", "admin", "access-log", "handover", "alerts"));
    }
}

package org.dcrconsole.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dcrconsole.DcrSpringBootTest;
import org.dcrconsole.TestUsers;
import org.dcrconsole.base.BusinessException;
import org.dcrconsole.booth.BoardBroadcaster;
import org.dcrconsole.booth.BoardService;
import org.dcrconsole.booth.BoothFixture;
import org.dcrconsole.booth.BoothFixture.TestSite;
import org.dcrconsole.booth.ConsumptionRoute;
import org.dcrconsole.booth.Substance;
import org.dcrconsole.site.BoothKind;
import org.dcrconsole.site.SiteService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** The wall display: reads and listens to its sites' boards, changes nothing, holds no other role. */
@DcrSpringBootTest
class DisplayRoleTest {

    @Autowired
    UserService userService;
    @Autowired
    SiteService siteService;
    @Autowired
    BoardService boardService;
    @Autowired
    BoardBroadcaster broadcaster;

    @Test
    void a_display_reads_and_listens_to_the_board_of_its_site() throws Exception {
        TestSite site = BoothFixture.site(siteService, BoothKind.INJECTION);
        SignedInUser display = TestUsers.user("wall-" + site.id(), List.of(site.id()), Role.DISPLAY);

        assertThat(TestUsers.as(display, () -> boardService.board(site.id()).tiles())).hasSize(1);
        int before = broadcaster.listenerCount(site.id());
        TestUsers.as(display, () -> broadcaster.register(site.id(), change -> { })).remove();
        assertThat(broadcaster.listenerCount(site.id())).isEqualTo(before);
    }

    @Test
    void a_display_changes_nothing_on_the_board() {
        TestSite site = BoothFixture.site(siteService, BoothKind.INJECTION);
        SignedInUser display = TestUsers.user("wall-" + site.id(), List.of(site.id()), Role.DISPLAY);

        assertThatThrownBy(() -> TestUsers.as(display, () -> boardService.checkIn(site.id(),
                new org.dcrconsole.booth.CheckIn(BoothFixture.newCode(), Set.of(Substance.OPIOIDS),
                        ConsumptionRoute.INJECTION, site.booth(0), Map.of(), true))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> TestUsers.as(display, () -> {
            boardService.markClean(site.id(), site.booth(0));
            return null;
        })).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_display_sees_no_board_of_a_site_it_does_not_hold() {
        TestSite site = BoothFixture.site(siteService, BoothKind.INJECTION);
        TestSite other = BoothFixture.site(siteService, BoothKind.INJECTION);
        SignedInUser display = TestUsers.user("wall-" + site.id(), List.of(site.id()), Role.DISPLAY);

        assertThatThrownBy(() -> TestUsers.as(display, () -> boardService.board(other.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> TestUsers.as(display, () -> broadcaster.register(other.id(), change -> { })))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void an_admin_makes_a_display_user_but_never_with_another_role() throws Exception {
        SignedInUser admin = TestUsers.user("display-admin", List.of(), Role.ADMIN);
        AppUser wall = new AppUser();
        wall.setUsername("wall-" + System.nanoTime());
        wall.setDisplayName("Wall of the floor");
        wall.setRoles(EnumSet.of(Role.DISPLAY, Role.STAFF));

        assertThatThrownBy(() -> TestUsers.as(admin, () -> userService.save(wall, "password-123")))
                .isInstanceOfSatisfying(BusinessException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("display.error.combined");
                    assertThat(e.field()).isEqualTo("roles");
                });
        wall.setRoles(EnumSet.of(Role.DISPLAY));
        long id = TestUsers.as(admin, () -> userService.save(wall, "password-123")).getId();
        assertThat(TestUsers.as(admin, () -> userService.get(id)).getRoles()).containsExactly(Role.DISPLAY);
    }
}

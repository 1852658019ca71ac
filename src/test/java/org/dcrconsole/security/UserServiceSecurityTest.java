package org.dcrconsole.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertAll;

import java.util.EnumSet;
import org.dcrconsole.DcrSpringBootTest;
import org.dcrconsole.ServiceTestUsers;
import org.dcrconsole.site.SiteService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

/** Who may call which method of {@link UserService}, with users loaded from the database. */
@DcrSpringBootTest
class UserServiceSecurityTest {

    @Autowired
    UserService userService;
    @Autowired
    SiteService siteService;

    private ServiceTestUsers.Sites sites;
    private long someUserId;

    @BeforeEach
    void createUsers() throws Exception {
        sites = ServiceTestUsers.ensure(siteService, userService);
        someUserId = org.dcrconsole.TestUsers.as(org.dcrconsole.TestUsers.user("x", java.util.List.of(), Role.ADMIN),
                () -> userService.list(ServiceTestUsers.STAFF_A, PageRequest.of(0, 1)).getContent().getFirst().id());
    }

    private void assertAdminMethodsDenied() {
        AppUser newUser = new AppUser();
        newUser.setUsername("never-saved");
        newUser.setDisplayName("Never");
        newUser.setRoles(EnumSet.of(Role.ADMIN));
        assertAll(
                denied(() -> userService.list(null, PageRequest.of(0, 10))),
                denied(() -> userService.get(someUserId)),
                denied(() -> userService.save(newUser, "password-123")),
                denied(() -> userService.setActive(someUserId, false)),
                denied(() -> userService.unlock(someUserId)),
                denied(() -> userService.isLocked(someUserId)),
                denied(() -> userService.history(someUserId, PageRequest.of(0, 10))),
                denied(() -> userService.throttling(PageRequest.of(0, 10))));
    }

    private static Executable denied(Executable call) {
        return () -> assertThatThrownBy(call::execute).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails(value = ServiceTestUsers.MANAGER_A, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void a_manager_cannot_administer_users() {
        assertAdminMethodsDenied();
    }

    @Test
    @WithUserDetails(value = ServiceTestUsers.STAFF_A, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void staff_cannot_administer_users() {
        assertAdminMethodsDenied();
    }

    @Test
    @WithUserDetails(value = ServiceTestUsers.SUPERVISOR_A, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void a_supervisor_cannot_administer_users() {
        assertAdminMethodsDenied();
    }

    @Test
    @WithUserDetails(value = ServiceTestUsers.STOCK_A, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void a_stock_keeper_cannot_administer_users() {
        assertAdminMethodsDenied();
    }

    @Test
    void nobody_signed_in_cannot_list_users() {
        assertThatThrownBy(() -> userService.list(null, PageRequest.of(0, 10)))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    @WithUserDetails(value = ServiceTestUsers.ADMIN, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void an_admin_lists_edits_locks_out_and_unlocks_users() {
        assertThat(userService.list(ServiceTestUsers.STAFF_A, PageRequest.of(0, 10))).isNotEmpty();
        AppUser user = new AppUser();
        user.setUsername("svc-made-" + System.nanoTime());
        user.setDisplayName("Made by admin");
        user.setRoles(EnumSet.of(Role.STAFF));
        long id = userService.save(user, "password-123").getId();

        AppUser loaded = userService.get(id);
        loaded.setDisplayName("Renamed");
        userService.save(loaded, null);
        assertThat(userService.get(id).getDisplayName()).isEqualTo("Renamed");
        userService.setActive(id, false);
        assertThat(userService.get(id).isActive()).isFalse();
        userService.unlock(id);
        assertThat(userService.isLocked(id)).isFalse();
    }

    @Test
    void nobody_signed_in_cannot_change_a_password() {
        assertThatThrownBy(() -> userService.changeOwnPassword("password-x", "another-Pass-1"))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    @WithUserDetails(value = ServiceTestUsers.ADMIN, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void an_admin_reads_histories_and_throttling() {
        assertThat(userService.history(someUserId, PageRequest.of(0, 10))).isNotEmpty();
        assertThat(userService.throttling(PageRequest.of(0, 10))).isNotNull();
    }

    @Test
    @WithUserDetails(value = ServiceTestUsers.STAFF_A, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void staff_see_colleagues_of_their_own_site_only() {
        assertThat(userService.colleagues(sites.a(), Role.MANAGER)).extracting(UserRef::username)
                .contains(ServiceTestUsers.MANAGER_A);
        assertThatThrownBy(() -> userService.colleagues(sites.b(), Role.MANAGER))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails(value = ServiceTestUsers.ADMIN, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void an_admin_without_the_site_sees_no_colleagues_there() {
        assertThatThrownBy(() -> userService.colleagues(sites.a(), Role.STAFF))
                .isInstanceOf(AccessDeniedException.class);
    }
}

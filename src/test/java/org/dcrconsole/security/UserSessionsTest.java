package org.dcrconsole.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.dcrconsole.DcrSpringBootTest;
import org.dcrconsole.ServiceTestUsers;
import org.dcrconsole.TestUsers;
import org.dcrconsole.site.SiteService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * A change of a user's roles, sites, active flag or password ends every session they have open:
 * two browsers signed in as the same person both go back to the sign-in page.
 */
@DcrSpringBootTest
class UserSessionsTest {

    private static final String PASSWORD = "session-Pass-31";

    @Autowired
    WebApplicationContext context;
    @Autowired
    UserService userService;
    @Autowired
    SiteService siteService;

    private MockMvc mvc;
    private ServiceTestUsers.Sites sites;
    private AppUser user;

    @BeforeEach
    void setUp() throws Exception {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        sites = ServiceTestUsers.ensure(siteService, userService);
        AppUser u = new AppUser();
        u.setUsername("sessions-" + UUID.randomUUID().toString().substring(0, 8));
        u.setDisplayName("Two Browsers");
        u.setRoles(EnumSet.of(Role.STAFF));
        u.setSiteIds(Set.of(sites.a()));
        user = asAdmin(() -> userService.save(u, PASSWORD));
    }

    private static <T> T asAdmin(Callable<T> work) throws Exception {
        return TestUsers.as(TestUsers.user("sessions-admin", List.of(), Role.ADMIN), work);
    }

    private MockHttpSession signIn() throws Exception {
        MvcResult result = mvc.perform(post("/login").with(csrf()).param("username", user.getUsername())
                .param("password", PASSWORD)).andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).as("signed in").doesNotContain("error");
        return (MockHttpSession) result.getRequest().getSession(false);
    }

    /** Whether the session's next request is sent to the sign-in page. */
    private boolean mustSignIn(MockHttpSession session) throws Exception {
        MvcResult result = mvc.perform(get("/visits").session(session)).andReturn();
        String redirect = result.getResponse().getRedirectedUrl();
        return redirect != null && redirect.contains("login");
    }

    private void assertBothEndAfter(Callable<Object> change) throws Exception {
        MockHttpSession first = signIn();
        MockHttpSession second = signIn();
        assertThat(first.getId()).isNotEqualTo(second.getId());
        assertThat(mustSignIn(first)).as("first browser before the change").isFalse();
        assertThat(mustSignIn(second)).as("second browser before the change").isFalse();

        asAdmin(change);

        assertThat(mustSignIn(first)).as("first browser after the change").isTrue();
        assertThat(first.isInvalid()).isTrue();
        assertThat(mustSignIn(second)).as("second browser after the change").isTrue();
        assertThat(second.isInvalid()).isTrue();
        MockHttpSession again = signIn();
        assertThat(mustSignIn(again)).as("a new sign-in works").isFalse();
    }

    @Test
    void a_change_of_roles_ends_every_open_session() throws Exception {
        assertBothEndAfter(() -> {
            AppUser u = userService.get(user.getId());
            u.setRoles(EnumSet.of(Role.SUPERVISOR));
            return userService.save(u, null);
        });
    }

    @Test
    void a_change_of_sites_ends_every_open_session() throws Exception {
        assertBothEndAfter(() -> {
            AppUser u = userService.get(user.getId());
            u.setSiteIds(Set.of(sites.a(), sites.b()));
            return userService.save(u, null);
        });
    }

    @Test
    void deactivating_ends_every_open_session() throws Exception {
        MockHttpSession first = signIn();
        MockHttpSession second = signIn();
        asAdmin(() -> {
            userService.setActive(user.getId(), false);
            return null;
        });
        assertThat(mustSignIn(first)).isTrue();
        assertThat(mustSignIn(second)).isTrue();
    }

    @Test
    void a_change_of_the_display_name_alone_keeps_the_sessions() throws Exception {
        MockHttpSession first = signIn();
        asAdmin(() -> {
            AppUser u = userService.get(user.getId());
            u.setDisplayName("Renamed");
            return userService.save(u, null);
        });
        assertThat(mustSignIn(first)).isFalse();
    }
}

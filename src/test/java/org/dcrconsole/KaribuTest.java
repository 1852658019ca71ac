package org.dcrconsole;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import java.security.Principal;
import java.util.Collection;
import java.util.Locale;
import org.dcrconsole.security.Role;
import org.dcrconsole.security.SignedInUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Base of the UI tests: one Spring context for all of them, routes discovered once, a mocked
 * Vaadin environment per test. {@link #signIn} puts a user on both Spring Security's context
 * and the fake request, since Vaadin's route access check reads the request.
 */
@DcrSpringBootTest
public abstract class KaribuTest {

    private static Routes routes;

    @Autowired
    protected ApplicationContext ctx;

    @BeforeAll
    static void discoverRoutes() {
        if (routes == null) {
            routes = new Routes().autoDiscoverViews("org.dcrconsole");
        }
    }

    @BeforeEach
    void setUpVaadin() {
        answerRequestsFromSecurityContext();
        MockVaadin.setup(UI::new, new MockSpringServlet(routes, ctx, UI::new));
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }

    /**
     * Makes Karibu's fake requests answer who is signed in from Spring Security's context, as the
     * real servlet request does; Vaadin's route access check asks the request.
     */
    public static void answerRequestsFromSecurityContext() {
        MockVaadin.setMockRequestFactory(session -> new FakeRequest(session) {
            @Override
            public Principal getUserPrincipal() {
                Authentication auth = SecurityContextHolder.getContext().getAuthentication();
                return auth == null ? null : auth;
            }

            @Override
            public boolean isUserInRole(String role) {
                Authentication auth = SecurityContextHolder.getContext().getAuthentication();
                return auth != null && auth.getAuthorities().stream()
                        .anyMatch(a -> a.getAuthority().equals("ROLE_" + role));
            }
        });
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
        TestUsers.signOut();
    }

    /** Signs a user in and starts a fresh UI, as a browser would after the sign-in redirect. */
    protected SignedInUser signIn(String username, Collection<Long> siteIds, Role... roles) {
        SignedInUser user = TestUsers.signIn(username, siteIds, roles);
        MockVaadin.tearDown();
        MockVaadin.setup(UI::new, new MockSpringServlet(routes, ctx, UI::new));
        UI.getCurrent().setLocale(Locale.ENGLISH);
        return user;
    }

    /**
     * Signs in a user who exists in the database and starts a fresh UI in the language that
     * user chose (as after a real sign-in), not forced to English.
     */
    protected void signIn(SignedInUser user) {
        TestUsers.signIn(user);
        MockVaadin.tearDown();
        MockVaadin.setup(UI::new, new MockSpringServlet(routes, ctx, UI::new));
    }

    protected static void navigate(String location) {
        UI.getCurrent().navigate(location);
    }
}

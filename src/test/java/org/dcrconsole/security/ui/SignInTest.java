package org.dcrconsole.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.dcrconsole.KaribuTest;
import org.dcrconsole.TestUsers;
import org.dcrconsole.security.AppUser;
import org.dcrconsole.security.Role;
import org.dcrconsole.security.UserService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.WebAttributes;

/**
 * Sign-in through Spring Security's own authentication manager (so the failure and success
 * events reach {@code LoginAttempts}), and what the sign-in page then shows.
 */
class SignInTest extends KaribuTest {

    private static final String PASSWORD = "correct-horse-1";

    @Autowired
    AuthenticationConfiguration authenticationConfiguration;
    @Autowired
    UserService userService;
    @Autowired
    JdbcTemplate jdbc;

    private AuthenticationManager manager;
    private String username;

    @BeforeEach
    void createUser() throws Exception {
        manager = authenticationConfiguration.getAuthenticationManager();
        username = "signin-" + UUID.randomUUID().toString().substring(0, 8);
        AppUser user = new AppUser();
        user.setUsername(username);
        user.setDisplayName("Sign-in Tester");
        user.setRoles(EnumSet.of(Role.STAFF));
        TestUsers.as(TestUsers.user("admin-signin", List.of(), Role.ADMIN), () -> userService.save(user, PASSWORD));
    }

    private Authentication signInWith(String password) {
        return manager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password));
    }

    private AuthenticationException failWith(String password) {
        return failWith(username, password);
    }

    private AuthenticationException failWith(String name, String password) {
        try {
            manager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(name, password));
        } catch (AuthenticationException e) {
            return e;
        }
        throw new AssertionError("sign-in as " + name + " with " + password + " succeeded");
    }

    @Test
    void the_right_password_signs_in() {
        assertThat(signInWith(PASSWORD).getName()).isEqualTo(username);
    }

    @Test
    void a_wrong_password_gets_a_generic_error_on_the_sign_in_page() {
        AuthenticationException failure = failWith("wrong-password");
        assertThat(failure).isInstanceOf(BadCredentialsException.class);
        AuthenticationException unknownUser = failWith("nobody-" + username, "x");
        assertThat(unknownUser).isInstanceOf(BadCredentialsException.class)
                .hasMessage(failure.getMessage());

        showSignInPageAfter(failure);
        LoginForm form = _get(LoginForm.class);
        assertThat(form.isError()).isTrue();
        assertThat(shownTexts(form)).contains("Sign-in failed", "The user name or password is incorrect.")
                .doesNotContain("Account locked");
    }

    @Test
    void five_failures_lock_the_account_and_the_page_says_so() {
        for (int i = 0; i < 4; i++) {
            assertThat(failWith("wrong-" + i)).isInstanceOf(BadCredentialsException.class);
        }
        assertThat(signInWith(PASSWORD).isAuthenticated()).as("four failures do not lock").isTrue();

        for (int i = 0; i < 5; i++) {
            assertThat(failWith("wrong-" + i)).isInstanceOf(BadCredentialsException.class);
        }
        AuthenticationException locked = failWith(PASSWORD);
        assertThat(locked).as("the right password while locked").isInstanceOf(LockedException.class);
        assertThat(lockedMinutesLeft()).isBetween(14L, 15L);

        showSignInPageAfter(locked);
        LoginForm form = _get(LoginForm.class);
        assertThat(form.isError()).isTrue();
        assertThat(shownTexts(form)).contains("Account locked", "is locked for 15 minutes");
    }

    @Test
    void the_lock_ends_after_fifteen_minutes() {
        for (int i = 0; i < 5; i++) {
            failWith("wrong-" + i);
        }
        assertThatThrownBy(() -> signInWith(PASSWORD)).isInstanceOf(LockedException.class);

        // 15 minutes later: the lock lies in the past
        jdbc.update("UPDATE app_user SET locked_until = ? WHERE username = ?",
                java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(1)), username);
        assertThat(signInWith(PASSWORD).getName()).isEqualTo(username);
        assertThat(jdbc.queryForObject("SELECT locked_until FROM app_user WHERE username = ?",
                java.sql.Timestamp.class, username)).as("a successful sign-in clears the lock").isNull();
    }

    private long lockedMinutesLeft() {
        java.sql.Timestamp until = jdbc.queryForObject("SELECT locked_until FROM app_user WHERE username = ?",
                java.sql.Timestamp.class, username);
        assertThat(until).isNotNull();
        return java.time.Duration.between(java.time.Instant.now(), until.toInstant()).toMinutes();
    }

    /** The texts the browser receives for the form (its i18n property). */
    private static String shownTexts(LoginForm form) {
        return String.valueOf(form.getElement().getPropertyRaw("i18n"));
    }

    /** Spring Security keeps the failure in the session and redirects to /login?error. */
    private static void showSignInPageAfter(AuthenticationException failure) {
        VaadinSession.getCurrent().getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION, failure);
        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));
    }
}

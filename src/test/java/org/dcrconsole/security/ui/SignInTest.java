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
import java.util.concurrent.ThreadLocalRandom;
import java.time.Duration;
import org.dcrconsole.TestClock;
import org.dcrconsole.security.LoginAttemptsAccess;
import org.dcrconsole.security.ThrottleRow;
import org.springframework.data.domain.PageRequest;
import org.dcrconsole.KaribuTest;
import org.dcrconsole.TestUsers;
import org.dcrconsole.security.AppUser;
import org.dcrconsole.security.Role;
import org.dcrconsole.security.UserService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.WebAttributes;

/**
 * Sign-in through Spring Security's own authentication manager (so the failure and success
 * events reach {@code LoginAttempts}), and what the sign-in page then shows: failures slow an
 * account and an address down, never lock anyone out for more than a minute.
 */
class SignInTest extends KaribuTest {

    private static final String PASSWORD = "correct-horse-1";

    @Autowired
    AuthenticationConfiguration authenticationConfiguration;
    @Autowired
    UserService userService;
    @Autowired
    JdbcTemplate jdbc;

    private static final String USER_ADDRESS = "198.51.100.4";

    @Autowired
    TestClock clock;

    private AuthenticationManager manager;
    private String username;
    private String strangerAddress;

    /** A fresh documentation address (RFC 5737), so tests do not share an address's failures. */
    private static String otherAddress() {
        return "203.0." + ThreadLocalRandom.current().nextInt(256) + "." + ThreadLocalRandom.current().nextInt(256);
    }

    @BeforeEach
    void createUser() throws Exception {
        manager = authenticationConfiguration.getAuthenticationManager();
        strangerAddress = otherAddress();
        clock.freeze();
        username = "signin-" + UUID.randomUUID().toString().substring(0, 8);
        AppUser user = new AppUser();
        user.setUsername(username);
        user.setDisplayName("Sign-in Tester");
        user.setRoles(EnumSet.of(Role.STAFF));
        TestUsers.as(TestUsers.user("admin-signin", List.of(), Role.ADMIN), () -> userService.save(user, PASSWORD));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private Authentication signInWith(String password) {
        return signInFrom(USER_ADDRESS, password);
    }

    private Authentication signInFrom(String address, String password) {
        UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.unauthenticated(username,
                password);
        token.setDetails(new WebAuthenticationDetails(address, null));
        return manager.authenticate(token);
    }

    private AuthenticationException failWith(String password) {
        return failFrom(strangerAddress, username, password);
    }

    private AuthenticationException failFrom(String address, String name, String password) {
        try {
            UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.unauthenticated(name,
                    password);
            token.setDetails(new WebAuthenticationDetails(address, null));
            manager.authenticate(token);
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
        AuthenticationException unknownUser = failFrom(strangerAddress, "nobody-" + username, "x");
        assertThat(unknownUser).isInstanceOf(BadCredentialsException.class)
                .hasMessage(failure.getMessage());

        showSignInPageAfter(failure);
        LoginForm form = _get(LoginForm.class);
        assertThat(form.isError()).isTrue();
        assertThat(shownTexts(form)).contains("Sign-in failed", "The user name or password is incorrect");
    }

    @Test
    void failures_slow_the_account_down_and_a_refusal_reads_like_a_wrong_password() {
        // each guess from another address, so only the account's own count slows it down
        for (int i = 0; i < LoginAttemptsAccess.FREE_FAILURES; i++) {
            failFrom(otherAddress(), username, "wrong-" + i);
        }
        assertThat(signInWith(PASSWORD).isAuthenticated()).as("the first failures cost no wait").isTrue();

        for (int i = 0; i <= LoginAttemptsAccess.FREE_FAILURES; i++) {
            failFrom(otherAddress(), username, "wrong-" + i);
        }
        AuthenticationException wrong = failFrom(otherAddress(), "nobody-" + username, "x");
        AuthenticationException waiting = failFrom(USER_ADDRESS, username, PASSWORD);
        assertThat(waiting).as("the right password during the wait").isInstanceOf(BadCredentialsException.class)
                .hasMessage(wrong.getMessage());
        showSignInPageAfter(waiting);
        assertThat(shownTexts(_get(LoginForm.class))).contains("Sign-in failed").doesNotContain("locked");

        clock.advance(Duration.ofSeconds(2));
        assertThat(signInWith(PASSWORD).getName()).as("two seconds later").isEqualTo(username);
        assertThat(jdbc.queryForObject("SELECT locked_until FROM app_user WHERE username = ?",
                java.sql.Timestamp.class, username)).as("a successful sign-in ends the slow-down").isNull();
    }

    @Test
    void after_a_strangers_fifty_wrong_passwords_the_user_gets_in_within_a_minute() {
        // one guess every 10 seconds for 8 minutes: long enough to reach the longest wait
        for (int i = 0; i < 50; i++) {
            clock.advance(Duration.ofSeconds(10));
            failWith("guess-" + i);
            java.sql.Timestamp until = jdbc.queryForObject("SELECT locked_until FROM app_user WHERE username = ?",
                    java.sql.Timestamp.class, username);
            if (until != null) {
                assertThat(Duration.between(clock.instant(), until.toInstant())).as("wait after guess " + i)
                        .isLessThanOrEqualTo(Duration.ofSeconds(60));
            }
        }
        assertThatThrownBy(() -> signInWith(PASSWORD)).as("still slowed down right after the guesses")
                .isInstanceOf(BadCredentialsException.class);
        clock.advance(Duration.ofSeconds(60));
        assertThat(signInWith(PASSWORD).getName()).isEqualTo(username);
    }

    @Test
    void a_stranger_behind_the_same_address_keeps_the_user_out_for_at_most_a_minute() {
        String shared = otherAddress();
        for (int i = 0; i < 50; i++) {
            failFrom(shared, username, "guess-" + i);
            failFrom(shared, "nobody-" + i, "guess-" + i);
        }
        clock.advance(Duration.ofSeconds(60));
        assertThat(signInFrom(shared, PASSWORD).getName()).isEqualTo(username);
    }

    @Test
    void an_address_trying_many_accounts_is_slowed_down_and_the_admin_sees_it() throws Exception {
        for (int i = 0; i < 6; i++) {
            failFrom(strangerAddress, "nobody-" + i + "-" + username, "guess");
        }
        assertThat(failFrom(strangerAddress, username, PASSWORD)).as("the right password from that address")
                .isInstanceOf(BadCredentialsException.class);
        assertThat(signInFrom(otherAddress(), PASSWORD).getName()).as("the user elsewhere").isEqualTo(username);

        for (int i = 0; i < 5; i++) {
            failWith("guess-" + i);
            clock.advance(Duration.ofMinutes(1));
        }
        List<ThrottleRow> events = TestUsers.as(TestUsers.user("admin-throttle", List.of(), Role.ADMIN),
                () -> userService.throttling(PageRequest.of(0, 200)).getContent());
        assertThat(events).anySatisfy(e -> {
            assertThat(e.kind()).isEqualTo(ThrottleRow.Kind.ADDRESS);
            assertThat(e.subject()).isEqualTo(strangerAddress);
        }).anySatisfy(e -> {
            assertThat(e.kind()).isEqualTo(ThrottleRow.Kind.ACCOUNT);
            assertThat(e.subject()).isEqualTo(username);
            assertThat(e.delaySeconds()).isPositive();
        });
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

package org.dcrconsole.ops;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Set;
import org.dcrconsole.KaribuTest;
import org.dcrconsole.TestUsers;
import org.dcrconsole.base.ui.FormDialog;
import org.dcrconsole.security.AppUser;
import org.dcrconsole.security.Role;
import org.dcrconsole.security.UserService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.data.domain.Pageable;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Passwords never reach a log line, stdout or stderr: not on a failed or successful sign-in, not
 * when an administrator creates a user or has a password refused. Logging runs at DEBUG for the
 * console and Spring Security meanwhile.
 */
@ExtendWith(OutputCaptureExtension.class)
class SecretsNeverLoggedTest extends KaribuTest {

    @Autowired
    UserService users;

    MockMvc mvc;

    @BeforeEach
    void setUpMvc() {
        mvc = MockMvcBuilders.webAppContextSetup((WebApplicationContext) ctx).apply(springSecurity()).build();
    }

    @Test
    void the_capture_sees_a_secret_that_is_logged() {
        String canary = OpsFixtures.unique("canary-secret");
        try (LogCapture logs = LogCapture.verbose()) {
            LoggerFactory.getLogger("org.dcrconsole.ops").debug("leaking {}", canary);
            assertThat(logs.text()).contains(canary);
            org.junit.jupiter.api.Assertions.assertThrows(AssertionError.class, () -> logs.assertNeverContains(canary));
        }
    }

    @Test
    void a_wrong_password_at_sign_in_is_never_logged(CapturedOutput output) throws Exception {
        String password = OpsFixtures.unique("Right-Pass");
        String wrong = OpsFixtures.unique("Wrong-Pass");
        AppUser user = OpsFixtures.newUser(users, "ops-login", password, Role.STAFF);
        try (LogCapture logs = LogCapture.verbose()) {
            mvc.perform(post("/login").with(csrf()).param("username", user.getUsername()).param("password", wrong))
                    .andExpect(status().is3xxRedirection())
                    .andExpect(redirectedUrl("/login?error"));
            mvc.perform(post("/login").with(csrf()).param("username", user.getUsername()).param("password", password))
                    .andExpect(status().is3xxRedirection())
                    .andExpect(result -> assertThat(result.getResponse().getRedirectedUrl()).doesNotContain("error"));
            mvc.perform(get("/actuator/prometheus").with(httpBasic(user.getUsername(), wrong)))
                    .andExpect(status().isUnauthorized());

            assertThat(logs.eventCount()).as("DEBUG sign-in events were captured").isPositive();
            logs.assertNeverContains(password, wrong);
        }
        LogCapture.assertNotIn(output, password, wrong);
    }

    @Test
    void passwords_an_admin_types_are_never_logged(CapturedOutput output) throws Exception {
        String password = OpsFixtures.unique("New-User-Pass");
        String tooShort = "Sh0rt!";
        String username = OpsFixtures.unique("ops-ui");
        signIn("ops-ui-admin", List.of(), Role.ADMIN);
        try (LogCapture logs = LogCapture.verbose()) {
            navigate("admin");
            _click(_get(Button.class, spec -> spec.withId("new-user")));
            _setValue(_get(TextField.class, spec -> spec.withLabel(t("user.username"))), username);
            _setValue(_get(TextField.class, spec -> spec.withLabel(t("user.displayName"))), "Ops UI User");
            @SuppressWarnings("unchecked")
            CheckboxGroup<Role> roles = _get(CheckboxGroup.class, spec -> spec.withLabel(t("user.roles")));
            _setValue(roles, Set.of(Role.STAFF));
            PasswordField passwordField = _get(PasswordField.class, spec -> spec.withLabel(t("user.password")));
            FormDialog dialog = _get(FormDialog.class);

            _setValue(passwordField, tooShort);
            _click(dialog.getSaveButton());
            assertThat(passwordField.isInvalid()).as("a too short password is refused at the field").isTrue();

            _setValue(passwordField, password);
            _click(dialog.getSaveButton());
            assertThat(dialog.isOpened()).isFalse();

            assertThat(TestUsers.as(OpsFixtures.ADMIN, () -> users.list(username, Pageable.ofSize(5)).getContent()))
                    .as("the user was created").hasSize(1);
            logs.assertNeverContains(password, tooShort);
        }
        LogCapture.assertNotIn(output, password, tooShort);
    }

    private static String t(String key) {
        return UI.getCurrent().getTranslation(key);
    }
}

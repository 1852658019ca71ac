package org.dcrconsole.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import org.dcrconsole.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.ApplicationEventPublisher;

/** The sign-in page says when the console is still preparing the demo (readiness refusing traffic). */
class DemoPreparingNoticeTest extends KaribuTest {

    @Autowired
    ApplicationEventPublisher events;

    @Test
    void the_sign_in_page_says_the_demo_is_being_prepared_while_the_console_is_not_ready() {
        AvailabilityChangeEvent.publish(events, this, ReadinessState.REFUSING_TRAFFIC);
        try {
            navigate("login");
            assertThat(_get(Paragraph.class, spec -> spec.withId("login-preparing")).getText())
                    .isEqualTo("The demo data is being prepared. Please reload this page in a minute.");
        } finally {
            AvailabilityChangeEvent.publish(events, this, ReadinessState.ACCEPTING_TRAFFIC);
        }
    }

    @Test
    void a_ready_console_shows_only_the_sign_in_form() {
        navigate("login");
        _get(LoginForm.class);
        _assertNone(Paragraph.class, spec -> spec.withId("login-preparing"));
    }
}

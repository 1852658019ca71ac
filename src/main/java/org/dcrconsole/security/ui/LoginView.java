package org.dcrconsole.security.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.theme.lumo.LumoUtility;
import org.dcrconsole.security.CurrentUser;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;

/**
 * Sign-in. Every failure reads the same: it never says whether the name or the password was
 * wrong, nor whether the attempt was refused unchecked because of the throttle.
 */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public final class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm login = new LoginForm();
    private final Paragraph preparing = new Paragraph();
    private final ApplicationAvailability availability;

    public LoginView(ApplicationAvailability availability) {
        this.availability = availability;
        setSizeFull();
        setAlignItems(FlexComponent.Alignment.CENTER);
        setJustifyContentMode(FlexComponent.JustifyContentMode.CENTER);
        addClassNames("login-view");

        H1 title = new H1(getTranslation("app.title"));
        title.addClassNames(LumoUtility.FontSize.XXLARGE, LumoUtility.Margin.NONE);
        Paragraph subtitle = new Paragraph(getTranslation("login.subtitle"));
        subtitle.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.Margin.NONE);

        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);
        login.setI18n(i18n());
        preparing.setText(getTranslation("login.preparing"));
        preparing.setId("login-preparing");
        preparing.getElement().setAttribute("role", "status");
        preparing.addClassNames(LumoUtility.Padding.MEDIUM, LumoUtility.Background.CONTRAST_5,
                LumoUtility.BorderRadius.MEDIUM, LumoUtility.Margin.NONE);
        add(new Div(title, subtitle), preparing, login);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // the sign-in page is for anonymous visitors only; someone signed in goes to the dashboard
        if (CurrentUser.get().isPresent()) {
            event.forwardTo("");
            return;
        }
        // the console refuses traffic while the demo generator fills the database (DemoDataRunner):
        // a sign-in now would land on half a demo, so say so instead of letting it look broken
        preparing.setVisible(availability.getReadinessState() == ReadinessState.REFUSING_TRAFFIC);
        if (event.getLocation().getQueryParameters().getParameters().containsKey("error")) {
            login.setError(true);
        }
    }

    private LoginI18n i18n() {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("login.title"));
        i18n.getForm().setUsername(getTranslation("login.username"));
        i18n.getForm().setPassword(getTranslation("login.password"));
        i18n.getForm().setSubmit(getTranslation("login.submit"));
        i18n.getErrorMessage().setTitle(getTranslation("login.error.title"));
        i18n.getErrorMessage().setMessage(getTranslation("login.error.message"));
        return i18n;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " · " + getTranslation("app.title");
    }
}

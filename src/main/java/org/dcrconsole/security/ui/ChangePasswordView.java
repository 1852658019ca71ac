package org.dcrconsole.security.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.Map;
import org.dcrconsole.base.BusinessException;
import org.dcrconsole.base.ui.Notifications;
import org.dcrconsole.security.CurrentUser;
import org.dcrconsole.security.PasswordPolicy;
import org.dcrconsole.security.UserService;

/**
 * Every user changes their own password here; a user whose password an administrator set is
 * sent here before anything else ({@link PasswordChangeGuard}) and can only change it or sign out.
 */
@Route(value = ChangePasswordView.ROUTE, autoLayout = false)
@PermitAll
public final class ChangePasswordView extends VerticalLayout implements HasDynamicTitle {

    public static final String ROUTE = "password";

    final PasswordField current = new PasswordField();
    final PasswordField newPassword = new PasswordField();
    final PasswordField repeat = new PasswordField();
    final Button save = new Button();

    ChangePasswordView(UserService userService, AuthenticationContext authentication) {
        boolean forced = CurrentUser.require().mustChangePassword();
        setSizeFull();
        setAlignItems(FlexComponent.Alignment.CENTER);
        setJustifyContentMode(FlexComponent.JustifyContentMode.CENTER);

        current.setId("current-password");
        current.setLabel(getTranslation("password.current"));
        newPassword.setId("new-password");
        newPassword.setLabel(getTranslation("password.new"));
        newPassword.setHelperText(getTranslation("password.help", PasswordPolicy.MIN_BYTES, PasswordPolicy.MAX_BYTES));
        newPassword.setMaxLength(PasswordPolicy.MAX_BYTES);
        repeat.setId("repeat-password");
        repeat.setLabel(getTranslation("password.repeat"));
        repeat.setMaxLength(PasswordPolicy.MAX_BYTES);
        Map<String, PasswordField> fields = Map.of("currentPassword", current, "newPassword", newPassword,
                "repeat", repeat);

        save.setText(getTranslation("password.save"));
        save.setId("change-password");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            fields.values().forEach(f -> f.setInvalid(false));
            if (!newPassword.getValue().equals(repeat.getValue())) {
                show(repeat, getTranslation("password.error.repeat"));
                return;
            }
            try {
                userService.changeOwnPassword(current.getValue(), newPassword.getValue());
            } catch (BusinessException refused) {
                PasswordField field = fields.getOrDefault(refused.field(), newPassword);
                show(field, getTranslation(refused.messageKey(), refused.args()));
                return;
            }
            CurrentUser.passwordChanged();
            Notifications.success(getTranslation("password.changed"));
            UI.getCurrent().navigate("");
        });
        Button back = new Button(getTranslation("password.cancel"), e -> UI.getCurrent().navigate(""));
        back.setId("password-back");
        back.setVisible(!forced);
        Button signOut = new Button(getTranslation("password.signOut"), e -> authentication.logout());
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);

        FormLayout form = new FormLayout(current, newPassword, repeat);
        form.setMaxWidth("24rem");
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(new H1(getTranslation("password.title")));
        if (forced) {
            Paragraph notice = new Paragraph(getTranslation("password.forced"));
            notice.setId("password-forced");
            add(notice);
        }
        add(form, new HorizontalLayout(save, back, signOut));
    }

    private static void show(PasswordField field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("password.title") + " · " + getTranslation("app.title");
    }
}

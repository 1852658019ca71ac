package org.dcrconsole.security.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import java.util.Map;
import java.util.Set;
import org.dcrconsole.base.ui.FormDialog;
import org.dcrconsole.security.AppUser;
import org.dcrconsole.security.Role;

/** The fields of a user: name, roles, sites, active, and a new password when set or reset. */
final class UserForm extends Composite<FormLayout> {

    final TextField username = new TextField();
    final TextField displayName = new TextField();
    final CheckboxGroup<Role> roles = new CheckboxGroup<>();
    final CheckboxGroup<Long> siteIds = new CheckboxGroup<>();
    final Checkbox active = new Checkbox();
    final PasswordField password = new PasswordField();
    private final BeanValidationBinder<AppUser> binder = new BeanValidationBinder<>(AppUser.class);

    UserForm(Map<Long, String> siteNames, boolean isNew) {
        username.setLabel(getTranslation("user.username"));
        username.setMaxLength(AppUser.USERNAME_MAX);
        username.setHelperText(getTranslation("user.username.help"));
        username.setRequiredIndicatorVisible(true);
        displayName.setLabel(getTranslation("user.displayName"));
        displayName.setMaxLength(AppUser.DISPLAY_NAME_MAX);
        roles.setLabel(getTranslation("user.roles"));
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(r -> getTranslation("enum.Role." + r.name()));
        roles.setRequiredIndicatorVisible(true);
        siteIds.setLabel(getTranslation("user.sites"));
        siteIds.setItems(siteNames.keySet());
        siteIds.setItemLabelGenerator(siteNames::get);
        active.setLabel(getTranslation("user.active"));
        password.setLabel(getTranslation(isNew ? "user.password" : "user.password.reset"));
        password.setMaxLength(AppUser.PASSWORD_MAX);
        password.setHelperText(getTranslation("user.password.help", AppUser.PASSWORD_MIN, AppUser.PASSWORD_MAX));
        password.setRequiredIndicatorVisible(isNew);

        binder.forField(username).asRequired(getTranslation("validation.required")).bind("username");
        binder.forField(displayName).asRequired(getTranslation("validation.required")).bind("displayName");
        binder.forField(roles)
                .asRequired(getTranslation("user.error.noRole"))
                .bind(AppUser::getRoles, AppUser::setRoles);
        binder.forField(siteIds).bind(AppUser::getSiteIds, (u, v) -> u.setSiteIds(v == null ? Set.of() : v));
        binder.forField(active).bind("active");

        FormLayout form = getContent();
        form.add(username, displayName, password, active, roles, siteIds);
        form.setColspan(roles, 2);
        form.setColspan(siteIds, 2);
    }

    void read(AppUser user) {
        binder.readBean(user);
    }

    boolean write(AppUser user) {
        return binder.writeBeanIfValid(user);
    }

    void register(FormDialog dialog) {
        dialog.field("username", username).field("displayName", displayName).field("roles", roles)
                .field("siteIds", siteIds).field("active", active).field("password", password);
    }
}

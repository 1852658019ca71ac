package org.dcrconsole.security.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;
import org.dcrconsole.base.ui.FormDialog;
import org.dcrconsole.base.ui.Notifications;
import org.dcrconsole.security.AppUser;
import org.dcrconsole.security.UserRow;
import org.dcrconsole.security.UserService;
import org.springframework.data.domain.Sort;

/**
 * The administrator's list of users, with create, edit, reset password, (de)activate, ending a
 * sign-in slow-down, and each user's change history.
 */
public final class UserAdminPanel extends Composite<VerticalLayout> {

    private final UserService userService;
    private final Map<Long, String> siteNames;
    private final Grid<UserRow> grid = new Grid<>();
    private final TextField filter = new TextField();

    public UserAdminPanel(UserService userService, Map<Long, String> siteNames) {
        this.userService = userService;
        this.siteNames = siteNames;

        filter.setPlaceholder(getTranslation("action.search"));
        filter.setPrefixComponent(VaadinIcon.SEARCH.create());
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.setClearButtonVisible(true);
        filter.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        Button add = new Button(getTranslation("user.new"), VaadinIcon.PLUS.create(), e -> edit(null));
        add.setId("new-user");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        grid.addColumn(UserRow::username).setHeader(getTranslation("user.username"))
                .setSortProperty(UserRow.SORT_USERNAME).setAutoWidth(true);
        grid.addColumn(UserRow::displayName).setHeader(getTranslation("user.displayName"))
                .setSortProperty(UserRow.SORT_DISPLAY_NAME).setAutoWidth(true);
        grid.addColumn(u -> u.roles().stream().map(r -> getTranslation("enum.Role." + r.name())).sorted()
                .collect(Collectors.joining(", "))).setHeader(getTranslation("user.roles"));
        grid.addColumn(u -> u.siteIds().stream().map(id -> siteNames.getOrDefault(id, "?")).sorted()
                .collect(Collectors.joining(", "))).setHeader(getTranslation("user.sites"));
        grid.addColumn(u -> status(u)).setHeader(getTranslation("user.status")).setAutoWidth(true);
        grid.addComponentColumn(this::actions).setAutoWidth(true).setFlexGrow(0);
        grid.setItemsPageable(pageable -> userService.list(filter.getValue(),
                pageable.getSort().isSorted() ? pageable
                        : org.springframework.data.domain.PageRequest.of(pageable.getPageNumber(),
                        pageable.getPageSize(), Sort.by(UserRow.SORT_USERNAME))).getContent());
        grid.addItemDoubleClickListener(e -> edit(e.getItem()));
        grid.setSizeFull();

        VerticalLayout layout = getContent();
        layout.setSizeFull();
        layout.setPadding(false);
        layout.add(new HorizontalLayout(filter, add), grid);
    }

    /** The administrator's list of sign-in throttling events, for a tab next to the users. */
    public static Component throttling(UserService userService) {
        return new ThrottlePanel(userService);
    }

    private String status(UserRow u) {
        if (!u.active()) {
            return getTranslation("user.status.inactive");
        }
        if (u.lockedUntil() != null && u.lockedUntil().isAfter(Instant.now())) {
            return getTranslation("user.status.locked");
        }
        return getTranslation("user.status.active");
    }

    private HorizontalLayout actions(UserRow row) {
        Button edit = new Button(VaadinIcon.EDIT.create(), e -> edit(row));
        edit.setAriaLabel(getTranslation("action.edit"));
        edit.setTooltipText(getTranslation("action.edit"));
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        Button toggle = new Button(getTranslation(row.active() ? "user.deactivate" : "user.activate"), e -> {
            run(() -> userService.setActive(row.id(), !row.active()));
        });
        toggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        Button history = new Button(getTranslation("userchange.open"), e -> new UserHistoryDialog(userService, row,
                siteNames).open());
        history.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        HorizontalLayout actions = new HorizontalLayout(edit, toggle, history);
        if (row.lockedUntil() != null && row.lockedUntil().isAfter(Instant.now())) {
            Button unlock = new Button(getTranslation("user.unlock"), e -> run(() -> userService.unlock(row.id())));
            unlock.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            actions.add(unlock);
        }
        return actions;
    }

    private void run(Runnable action) {
        try {
            action.run();
            grid.getDataProvider().refreshAll();
        } catch (org.dcrconsole.base.BusinessException e) {
            Notifications.error(getTranslation(e.messageKey(), e.args()));
        }
    }

    private void edit(UserRow row) {
        AppUser user = row == null ? new AppUser() : userService.get(row.id());
        UserForm form = new UserForm(siteNames, user.isNew());
        form.read(user);
        FormDialog dialog = new FormDialog(getTranslation(user.isNew() ? "user.new" : "user.edit"), form.getContent(),
                () -> {
                    if (!form.write(user)) {
                        return false;
                    }
                    userService.save(user, form.password.getValue());
                    grid.getDataProvider().refreshAll();
                    Notifications.success(getTranslation("notice.saved"));
                    return true;
                });
        form.register(dialog);
        dialog.setId("user-dialog");
        dialog.open();
    }
}

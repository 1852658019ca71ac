package org.dcrconsole.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import org.dcrconsole.security.UserChangeRow;
import org.dcrconsole.security.UserRow;
import org.dcrconsole.security.UserService;
import org.jspecify.annotations.Nullable;

/** One user's unchangeable history: who changed roles, sites, active flag or password, and when. */
final class UserHistoryDialog extends Dialog {

    private final Map<Long, String> siteNames;

    UserHistoryDialog(UserService userService, UserRow user, Map<Long, String> siteNames) {
        this.siteNames = siteNames;
        setId("user-history");
        setHeaderTitle(getTranslation("userchange.title", user.username()));
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
                .withLocale(getLocale()).withZone(ZoneId.systemDefault());
        Grid<UserChangeRow> grid = new Grid<>();
        grid.addColumn(c -> when.format(c.changedAt())).setHeader(getTranslation("userchange.changedAt"))
                .setAutoWidth(true);
        grid.addColumn(UserChangeRow::changedBy).setHeader(getTranslation("userchange.changedBy")).setAutoWidth(true);
        grid.addColumn(c -> getTranslation("userchange.field." + c.field())).setHeader(getTranslation("userchange.field"))
                .setAutoWidth(true);
        grid.addColumn(c -> shown(c.field(), c.oldValue())).setHeader(getTranslation("userchange.old"));
        grid.addColumn(c -> shown(c.field(), c.newValue())).setHeader(getTranslation("userchange.new"));
        grid.setItemsPageable(pageable -> userService.history(user.id(), pageable).getContent());
        grid.setWidth("60rem");
        add(grid);
        getFooter().add(new Button(getTranslation("action.close"), e -> close()));
    }

    private String shown(String field, @Nullable String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        return switch (field) {
            case "ROLES" -> Arrays.stream(value.split(", ")).map(r -> getTranslation("enum.Role." + r))
                    .collect(Collectors.joining(", "));
            case "SITES" -> Arrays.stream(value.split(", "))
                    .map(id -> siteNames.getOrDefault(Long.valueOf(id), "#" + id)).collect(Collectors.joining(", "));
            case "ACTIVE" -> getTranslation(Boolean.parseBoolean(value) ? "userchange.yes" : "userchange.no");
            default -> value;
        };
    }
}

package org.dcrconsole.booth.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.dcrconsole.base.ui.Pickers;
import org.dcrconsole.base.i18n.Labels;
import org.dcrconsole.base.ui.FormDialog;
import org.dcrconsole.base.ui.Notifications;
import org.dcrconsole.base.ui.ViewToolbar;
import org.dcrconsole.booth.Client;
import org.dcrconsole.booth.ClientRow;
import org.dcrconsole.booth.ClientService;
import org.dcrconsole.security.CurrentUser;
import org.dcrconsole.security.Role;
import org.dcrconsole.security.Roles;
import org.dcrconsole.site.SiteInfo;
import org.dcrconsole.site.ui.CurrentSite;
import org.jspecify.annotations.Nullable;

/**
 * The client register of the current site: find a client by code or alias, see their visits,
 * confirm eligibility; supervisors set and lift house bans.
 */
@Route("clients")
@RolesAllowed({Roles.STAFF, Roles.SUPERVISOR, Roles.MANAGER})
@Menu(order = 12, title = "nav.clients", icon = "vaadin:users")
public class ClientsView extends VerticalLayout implements HasDynamicTitle {

    private final transient ClientService clientService;
    private final @Nullable SiteInfo site;
    final TextField search = new TextField();
    final Grid<ClientRow> grid = new Grid<>();

    ClientsView(ClientService clientService, CurrentSite currentSite) {
        this.clientService = clientService;
        this.site = currentSite.get().orElse(null);
        setSizeFull();
        setPadding(false);
        add(new ViewToolbar(getTranslation("nav.clients")));
        if (site == null) {
            add(new Paragraph(getTranslation("board.noSite")));
            return;
        }
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale())
                .withZone(site.zone());
        LocalDate today = LocalDate.now(site.zone());

        search.setId("clients-search");
        search.setPlaceholder(getTranslation("client.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        search.addClassNames(LumoUtility.Padding.Horizontal.MEDIUM);
        search.setWidth("24rem");

        grid.setId("clients-grid");
        grid.addComponentColumn(r -> {
                    // the client page lives in a feature that depends on this one: link by route, not by class
                    Anchor link = new Anchor("clients/" + r.id(), r.alias());
                    link.getElement().setAttribute("router-link", true);
                    link.setId("client-link-" + r.id());
                    return link;
                }).setHeader(getTranslation("client.alias")).setSortProperty(Client.SORT_ALIAS)
                .setAutoWidth(true).setKey("alias");
        grid.addColumn(r -> Labels.of(r.sex())).setHeader(getTranslation("client.sex")).setAutoWidth(true);
        grid.addColumn(ClientRow::birthYear).setHeader(getTranslation("client.birthYear")).setAutoWidth(true);
        grid.addColumn(r -> r.firstVisitAt() == null ? "" : time.format(r.firstVisitAt()))
                .setHeader(getTranslation("client.firstVisit")).setAutoWidth(true);
        grid.addColumn(ClientRow::visits).setHeader(getTranslation("client.visits")).setAutoWidth(true).setKey("visits");
        grid.addColumn(r -> r.lastVisitAt() == null ? "" : time.format(r.lastVisitAt()))
                .setHeader(getTranslation("client.lastVisit")).setAutoWidth(true);
        grid.addColumn(r -> getTranslation(r.eligibilityConfirmed() ? "client.eligibility.confirmed" : "client.eligibility.open"))
                .setHeader(getTranslation("client.eligibility")).setAutoWidth(true);
        grid.addColumn(r -> r.bannedOn(today)
                        ? getTranslation("client.ban.until", date.format(r.bannedUntil()), r.banReason())
                        : getTranslation("client.ban.none"))
                .setHeader(getTranslation("client.ban")).setKey("ban");
        grid.addComponentColumn(r -> actions(r, today)).setAutoWidth(true).setFlexGrow(0).setKey("actions");
        grid.setItemsPageable(pageable -> clientService.list(site.id(), search.getValue(), pageable).getContent());
        grid.setSizeFull();
        add(search, grid);
    }

    private HorizontalLayout actions(ClientRow row, LocalDate today) {
        Button eligibility = new Button(getTranslation(row.eligibilityConfirmed()
                ? "client.eligibility.withdraw" : "client.eligibility.confirm"),
                e -> run(() -> clientService.setEligibility(site.id(), row.id(), !row.eligibilityConfirmed())));
        eligibility.setId("eligibility-" + row.id());
        eligibility.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        HorizontalLayout actions = new HorizontalLayout(eligibility);
        // bans are a supervisor's decision; the service refuses everyone else as well
        if (CurrentUser.hasRole(Role.SUPERVISOR)) {
            if (row.bannedOn(today)) {
                Button lift = new Button(getTranslation("client.ban.lift"),
                        e -> run(() -> clientService.liftBan(site.id(), row.id())));
                lift.setId("lift-ban-" + row.id());
                lift.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                actions.add(lift);
            } else {
                Button ban = new Button(getTranslation("client.ban.set"), e -> openBan(row, today));
                ban.setId("ban-" + row.id());
                ban.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
                actions.add(ban);
            }
        }
        return actions;
    }

    private void openBan(ClientRow row, LocalDate today) {
        TextArea reason = new TextArea(getTranslation("client.ban.reason"));
        reason.setId("ban-reason");
        reason.setMaxLength(Client.BAN_REASON_MAX);
        DatePicker until = Pickers.date(getTranslation("client.ban.untilDate"));
        until.setId("ban-until");
        until.setMin(today);
        until.setValue(today.plusWeeks(1));
        FormDialog dialog = new FormDialog(getTranslation("client.ban.title", row.alias()), new FormLayout(reason, until),
                () -> {
                    clientService.ban(site.id(), row.id(), reason.getValue(), until.getValue());
                    grid.getDataProvider().refreshAll();
                    Notifications.success(getTranslation("notice.saved"));
                    return true;
                });
        dialog.field("banReason", reason).field("bannedUntil", until);
        dialog.setId("ban-dialog");
        dialog.getSaveButton().setId("ban-submit");
        dialog.open();
    }

    private void run(Runnable action) {
        Notifications.attempt(action);
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.clients") + " · " + getTranslation("app.title");
    }
}

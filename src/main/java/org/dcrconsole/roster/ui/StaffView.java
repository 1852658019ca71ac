package org.dcrconsole.roster.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.dcrconsole.base.ui.FormDialog;
import org.dcrconsole.base.ui.Notifications;
import org.dcrconsole.base.ui.ViewToolbar;
import org.dcrconsole.roster.StaffMember;
import org.dcrconsole.roster.StaffProfile;
import org.dcrconsole.roster.StaffService;
import org.dcrconsole.security.Role;
import org.dcrconsole.security.Roles;
import org.dcrconsole.security.UserRef;
import org.dcrconsole.security.UserService;
import org.dcrconsole.site.SiteInfo;
import org.dcrconsole.site.SiteService;
import org.dcrconsole.site.ui.CurrentSite;

/** The people who work shifts at the current site: MANAGER adds and edits them and their absences. */
@Route("staff")
@RolesAllowed(Roles.MANAGER)
@Menu(order = 31, title = "nav.staff", icon = "vaadin:users")
public class StaffView extends VerticalLayout implements HasDynamicTitle {

    private final StaffService staffService;
    private final UserService userService;
    private final Grid<StaffProfile> grid = new Grid<>();
    private final Map<Long, String> siteNames = new LinkedHashMap<>();
    private long siteId;

    StaffView(StaffService staffService, UserService userService, SiteService siteService, CurrentSite currentSite) {
        this.staffService = staffService;
        this.userService = userService;
        setSizeFull();
        setPadding(false);
        Optional<SiteInfo> site = currentSite.get();
        Button add = new Button(getTranslation("staff.new"), VaadinIcon.PLUS.create(), e -> edit(newMember()));
        add.setId("new-staff");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setEnabled(site.isPresent());
        add(new ViewToolbar(getTranslation("staff.title"), add));
        if (site.isEmpty()) {
            add(new Paragraph(getTranslation("roster.noSite")));
            return;
        }
        siteId = site.get().id();
        siteService.mySites().forEach(s -> siteNames.put(s.id(), s.name()));

        grid.setId("staff-grid");
        grid.addColumn(StaffProfile::name).setHeader(getTranslation("staff.name")).setSortable(true)
                .setComparator(StaffProfile::name).setAutoWidth(true);
        grid.addColumn(p -> getTranslation("enum.Profession." + p.profession().name()))
                .setHeader(getTranslation("staff.profession")).setAutoWidth(true);
        grid.addColumn(p -> p.qualifications().stream().sorted()
                        .map(q -> getTranslation("enum.Qualification." + q.name())).collect(Collectors.joining(", ")))
                .setHeader(getTranslation("staff.qualifications"));
        grid.addColumn(StaffProfile::contractedHours).setHeader(getTranslation("staff.hours")).setAutoWidth(true);
        grid.addColumn(p -> p.siteIds().stream().map(id -> siteNames.getOrDefault(id, "…")).sorted()
                .collect(Collectors.joining(", "))).setHeader(getTranslation("staff.sites"));
        grid.addColumn(p -> p.absences().stream().filter(a -> !a.getLastDay().isBefore(LocalDate.now(site.get().zone())))
                        .map(a -> getTranslation("enum.AbsenceKind." + a.getKind().name()) + " " + a.getFirstDay()
                                + "–" + a.getLastDay())
                        .collect(Collectors.joining(", ")))
                .setHeader(getTranslation("staff.absences"));
        grid.addItemClickListener(e -> edit(staffService.getForEdit(siteId, e.getItem().id())));
        grid.setSizeFull();
        add(grid);
        refresh();
    }

    private StaffMember newMember() {
        StaffMember m = new StaffMember();
        m.setSiteIds(java.util.Set.of(siteId));
        return m;
    }

    private void refresh() {
        grid.setItems(staffService.staffOfSite(siteId));
    }

    private void edit(StaffMember member) {
        StaffForm form = new StaffForm(siteNames, linkableUsers());
        form.read(member);
        FormDialog dialog = new FormDialog(getTranslation(member.isNew() ? "staff.new" : "staff.edit"),
                form.getContent(), () -> {
                    if (!form.write(member)) {
                        return false;
                    }
                    staffService.save(siteId, member);
                    refresh();
                    Notifications.success(getTranslation("notice.saved"));
                    return true;
                });
        form.register(dialog);
        dialog.setId("staff-dialog");
        dialog.setWidth("52em");
        dialog.open();
    }

    /** Sign-ins of the site a staff member may be linked to: those who have shifts to see. */
    private List<UserRef> linkableUsers() {
        Map<Long, UserRef> users = new LinkedHashMap<>();
        for (Role role : List.of(Role.STAFF, Role.SUPERVISOR, Role.MANAGER)) {
            userService.colleagues(siteId, role).forEach(u -> users.putIfAbsent(u.id(), u));
        }
        return List.copyOf(users.values());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("staff.title") + " · " + getTranslation("app.title");
    }
}

package org.dcrconsole.site.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.stream.Collectors;
import org.dcrconsole.base.ui.FormDialog;
import org.dcrconsole.base.ui.Notifications;
import org.dcrconsole.base.ui.ViewToolbar;
import org.dcrconsole.security.Roles;
import org.dcrconsole.security.UserService;
import org.dcrconsole.security.ui.UserAdminPanel;
import org.dcrconsole.site.Booth;
import org.dcrconsole.site.Site;
import org.dcrconsole.site.SiteClosure;
import org.dcrconsole.site.SiteHoursChange;
import org.dcrconsole.site.SiteService;

/** Administration of the network: users, sites with their settings, and booths. No client data. */
@Route("admin")
@RolesAllowed(Roles.ADMIN)
@Menu(order = 90, title = "nav.admin", icon = "vaadin:cog")
public final class AdminView extends VerticalLayout implements HasDynamicTitle {

    private final SiteService siteService;
    private final Grid<Site> siteGrid = new Grid<>();
    private final Grid<Booth> boothGrid = new Grid<>();
    private final Select<Site> boothSite = new Select<>();

    AdminView(SiteService siteService, UserService userService) {
        this.siteService = siteService;
        setSizeFull();
        setPadding(false);

        TabSheet tabs = new TabSheet();
        tabs.setSizeFull();
        tabs.add(getTranslation("admin.users"), new UserAdminPanel(userService, siteService.siteNames()));
        tabs.add(getTranslation("admin.sites"), sitesPanel());
        tabs.add(getTranslation("admin.booths"), boothsPanel());
        tabs.add(getTranslation("throttle.tab"), UserAdminPanel.throttling(userService));
        add(new ViewToolbar(getTranslation("nav.admin")), tabs);
        refreshSites();
    }

    private VerticalLayout sitesPanel() {
        Button add = new Button(getTranslation("site.new"), VaadinIcon.PLUS.create(), e -> editSite(new Site()));
        add.setId("new-site");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        siteGrid.addColumn(Site::getName).setHeader(getTranslation("site.name")).setAutoWidth(true);
        siteGrid.addColumn(Site::getCity).setHeader(getTranslation("site.city")).setAutoWidth(true);
        siteGrid.addColumn(Site::getTimeZone).setHeader(getTranslation("site.timeZone")).setAutoWidth(true);
        siteGrid.addColumn(s -> s.getOpeningHours().stream()
                        .map(h -> h.getDayOfWeek().getDisplayName(java.time.format.TextStyle.SHORT, getLocale())
                                + " " + h.getOpens() + "–" + h.getCloses())
                        .collect(Collectors.joining(", ")))
                .setHeader(getTranslation("site.openingHours"));
        siteGrid.addComponentColumn(s -> {
            Button edit = new Button(VaadinIcon.EDIT.create(), e -> editSite(siteService.getForEdit(s.getId())));
            edit.setAriaLabel(getTranslation("action.edit"));
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            Button closure = new Button(VaadinIcon.CALENDAR.create(), e -> addClosure(s));
            closure.setAriaLabel(getTranslation("site.closure.new"));
            closure.addClassName("site-closure-add");
            closure.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            Button hours = new Button(VaadinIcon.CLOCK.create(), e -> changeHours(s));
            hours.setAriaLabel(getTranslation("site.hoursChange.new"));
            hours.addClassName("site-hours-change");
            hours.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            return new HorizontalLayout(edit, closure, hours);
        }).setKey("actions").setFlexGrow(0).setAutoWidth(true);
        siteGrid.addItemDoubleClickListener(e -> editSite(siteService.getForEdit(e.getItem().getId())));
        siteGrid.setSizeFull();
        VerticalLayout panel = new VerticalLayout(add, siteGrid);
        panel.setSizeFull();
        panel.setPadding(false);
        return panel;
    }

    private VerticalLayout boothsPanel() {
        boothSite.setLabel(getTranslation("layout.site"));
        boothSite.setItemLabelGenerator(Site::getName);
        boothSite.addValueChangeListener(e -> refreshBooths());
        Button add = new Button(getTranslation("booth.new"), VaadinIcon.PLUS.create(), e -> {
            if (boothSite.getValue() != null) {
                Booth booth = new Booth();
                booth.setSiteId(boothSite.getValue().getId());
                editBooth(booth);
            }
        });
        add.setId("new-booth");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        boothGrid.addColumn(Booth::getLabel).setHeader(getTranslation("booth.label")).setAutoWidth(true);
        boothGrid.addColumn(b -> getTranslation("enum.BoothKind." + b.getKind().name()))
                .setHeader(getTranslation("booth.kind")).setAutoWidth(true);
        boothGrid.addColumn(b -> getTranslation(b.isWheelchairAccessible() ? "common.yes" : "common.no"))
                .setHeader(getTranslation("booth.wheelchair"));
        boothGrid.addColumn(b -> getTranslation(b.isInService() ? "booth.inService" : "booth.outOfService"))
                .setHeader(getTranslation("booth.status"));
        boothGrid.addItemDoubleClickListener(e -> editBooth(e.getItem()));
        boothGrid.setSizeFull();
        HorizontalLayout bar = new HorizontalLayout(boothSite, add);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        VerticalLayout panel = new VerticalLayout(bar, boothGrid);
        panel.setSizeFull();
        panel.setPadding(false);
        return panel;
    }

    private void refreshSites() {
        List<Site> all = siteService.allSites();
        siteGrid.setItems(all);
        Site selected = boothSite.getValue();
        boothSite.setItems(all);
        if (!all.isEmpty()) {
            boothSite.setValue(selected == null ? all.getFirst()
                    : all.stream().filter(s -> s.getId().equals(selected.getId())).findFirst().orElse(all.getFirst()));
        }
    }

    private void refreshBooths() {
        boothGrid.setItems(boothSite.getValue() == null ? List.of() : siteService.boothsForEdit(boothSite.getValue().getId()));
    }

    private void editSite(Site site) {
        SiteForm form = new SiteForm();
        form.read(site);
        FormDialog dialog = new FormDialog(getTranslation(site.isNew() ? "site.new" : "site.edit"), form.getContent(), () -> {
            if (!form.write(site)) {
                return false;
            }
            siteService.saveSite(site);
            refreshSites();
            Notifications.success(getTranslation("notice.saved"));
            return true;
        });
        form.register(dialog);
        dialog.setId("site-dialog");
        dialog.setWidth("48em");
        dialog.open();
    }

    /** A planned closure for a site: the stock forecast expects no visits on its days. */
    private void addClosure(Site site) {
        SiteClosure closure = new SiteClosure(site.getId());
        ClosureForm form = new ClosureForm(siteService.closures(site.getId()));
        FormDialog dialog = new FormDialog(getTranslation("site.closures") + " · " + site.getName(), form.getContent(), () -> {
            if (!form.write(closure)) {
                return false;
            }
            siteService.saveClosure(closure);
            Notifications.success(getTranslation("notice.saved"));
            return true;
        });
        form.register(dialog);
        dialog.setId("closure-dialog");
        dialog.open();
    }

    /** New opening hours for a site from a date on: the stock forecast plans with them from that day. */
    private void changeHours(Site site) {
        SiteHoursChange change = new SiteHoursChange(site.getId());
        HoursChangeForm form = new HoursChangeForm(siteService.getForEdit(site.getId()).getOpeningHours(),
                siteService.hoursChanges(site.getId()));
        FormDialog dialog = new FormDialog(getTranslation("site.hoursChange.new") + " · " + site.getName(),
                form.getContent(), () -> {
            if (!form.write(change)) {
                return false;
            }
            siteService.saveHoursChange(change);
            Notifications.success(getTranslation("notice.saved"));
            return true;
        });
        form.register(dialog);
        dialog.setId("hours-change-dialog");
        dialog.setWidth("36em");
        dialog.open();
    }

    private void editBooth(Booth booth) {
        BoothForm form = new BoothForm();
        form.read(booth);
        FormDialog dialog = new FormDialog(getTranslation(booth.isNew() ? "booth.new" : "booth.edit"), form.getContent(), () -> {
            if (!form.write(booth)) {
                return false;
            }
            siteService.saveBooth(booth);
            refreshBooths();
            Notifications.success(getTranslation("notice.saved"));
            return true;
        });
        form.register(dialog);
        dialog.setId("booth-dialog");
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.admin") + " · " + getTranslation("app.title");
    }
}

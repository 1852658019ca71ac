package org.dcrconsole.booth.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.stream.Collectors;
import org.dcrconsole.base.ui.Pickers;
import org.dcrconsole.base.i18n.Labels;
import org.dcrconsole.base.ui.ViewToolbar;
import org.dcrconsole.booth.BoardService;
import org.dcrconsole.booth.ConsumptionRoute;
import org.dcrconsole.booth.Substance;
import org.dcrconsole.booth.Visit;
import org.dcrconsole.booth.VisitCorrectionService;
import org.dcrconsole.booth.VisitFilter;
import org.dcrconsole.booth.VisitRow;
import org.dcrconsole.booth.VisitService;
import org.dcrconsole.booth.VisitStatus;
import org.dcrconsole.security.CurrentUser;
import org.dcrconsole.security.Role;
import org.dcrconsole.security.Roles;
import org.dcrconsole.site.BoothInfo;
import org.dcrconsole.site.SiteInfo;
import org.dcrconsole.site.SiteService;
import org.dcrconsole.site.ui.CurrentSite;
import org.jspecify.annotations.Nullable;

/**
 * The visit history of the current site: a lazy grid (newest first) with filters, and a CSV
 * export of exactly the filtered rows, streamed from the database as the browser downloads it.
 */
@Route("visits")
@RolesAllowed({Roles.STAFF, Roles.SUPERVISOR, Roles.MANAGER})
@Menu(order = 11, title = "nav.visits", icon = "vaadin:records")
public class VisitsView extends VerticalLayout implements HasDynamicTitle {

    private final transient VisitService visitService;
    private final @Nullable SiteInfo site;
    final Grid<VisitRow> grid = new Grid<>();
    final DatePicker from = Pickers.date();
    final DatePicker to = Pickers.date();
    final ComboBox<BoothInfo> booth = new ComboBox<>();
    final TextField alias = new TextField();
    final ComboBox<Substance> substance = new ComboBox<>();
    final ComboBox<ConsumptionRoute> route = new ComboBox<>();
    final Checkbox referralGiven = new Checkbox();
    final ComboBox<VisitStatus> status = new ComboBox<>();
    final Anchor export = new Anchor();
    final Button closeDay = new Button();
    private final transient VisitCorrectionService corrections;
    private final transient BoardService boardService;

    VisitsView(VisitService visitService, SiteService siteService, CurrentSite currentSite,
               VisitCorrectionService corrections, BoardService boardService) {
        this.visitService = visitService;
        this.corrections = corrections;
        this.boardService = boardService;
        this.site = currentSite.get().orElse(null);
        setSizeFull();
        setPadding(false);
        export.setId("visits-export");
        export.add(VaadinIcon.DOWNLOAD.create(), new com.vaadin.flow.component.html.Span(getTranslation("visit.export")));
        closeDay.setText(getTranslation("correction.closeDay"));
        closeDay.setId("visits-close-day");
        closeDay.setVisible(site != null && CurrentUser.hasRole(Role.SUPERVISOR));
        closeDay.addClickListener(e -> CloseDayDialog.open(corrections, site.id(), site.zone(), this::refresh));
        add(new ViewToolbar(getTranslation("nav.visits"), closeDay, export));
        if (site == null) {
            add(new Paragraph(getTranslation("board.noSite")));
            export.setVisible(false);
            return;
        }
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale())
                .withZone(site.zone());

        from.setId("visits-from");
        from.setLabel(getTranslation("visit.from"));
        to.setId("visits-to");
        to.setLabel(getTranslation("visit.to"));
        booth.setId("visits-booth");
        booth.setLabel(getTranslation("visit.booth"));
        booth.setItems(siteService.booths(site.id()));
        booth.setItemLabelGenerator(BoothInfo::label);
        booth.setPlaceholder(getTranslation("visit.anyBooth"));
        booth.setClearButtonVisible(true);
        alias.setId("visits-alias");
        alias.setLabel(getTranslation("visit.alias"));
        alias.setValueChangeMode(ValueChangeMode.LAZY);
        alias.setClearButtonVisible(true);
        substance.setId("visits-substance");
        substance.setLabel(getTranslation("visit.substances"));
        substance.setItems(Substance.values());
        substance.setItemLabelGenerator(Labels::of);
        substance.setClearButtonVisible(true);
        route.setId("visits-route");
        route.setLabel(getTranslation("visit.route"));
        route.setItems(ConsumptionRoute.values());
        route.setItemLabelGenerator(Labels::of);
        route.setClearButtonVisible(true);
        referralGiven.setId("visits-referral");
        referralGiven.setLabel(getTranslation("visit.referralGiven"));
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        booth.addValueChangeListener(e -> refresh());
        alias.addValueChangeListener(e -> refresh());
        substance.addValueChangeListener(e -> refresh());
        route.addValueChangeListener(e -> refresh());
        referralGiven.addValueChangeListener(e -> refresh());
        status.setId("visits-status");
        status.setLabel(getTranslation("correction.statusFilter"));
        status.setItems(VisitStatus.values());
        status.setItemLabelGenerator(Labels::of);
        status.setPlaceholder(getTranslation("correction.statusAll"));
        status.setClearButtonVisible(true);
        status.addValueChangeListener(e -> refresh());
        HorizontalLayout filters = new HorizontalLayout(from, to, booth, alias, substance, route, status, referralGiven);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.addClassNames(LumoUtility.FlexWrap.WRAP, LumoUtility.Padding.Horizontal.MEDIUM);

        grid.setId("visits-grid");
        grid.addColumn(r -> time.format(r.startedAt())).setHeader(getTranslation("visit.started"))
                .setSortProperty(Visit.SORT_STARTED).setAutoWidth(true).setKey("started");
        grid.addColumn(r -> r.endedAt() == null ? "" : time.format(r.endedAt())).setHeader(getTranslation("visit.ended"))
                .setAutoWidth(true);
        grid.addColumn(VisitRow::boothLabel).setHeader(getTranslation("visit.booth")).setAutoWidth(true);
        grid.addColumn(VisitRow::alias).setHeader(getTranslation("visit.alias")).setAutoWidth(true).setKey("alias");
        grid.addColumn(r -> r.substances().stream().map(Labels::of).sorted().collect(Collectors.joining(", ")))
                .setHeader(getTranslation("visit.substances"));
        grid.addColumn(r -> Labels.of(r.route())).setHeader(getTranslation("visit.route")).setAutoWidth(true);
        grid.addColumn(r -> r.supplies().entrySet().stream()
                        .map(e -> e.getValue() + "× " + getTranslation("checkin.supply." + e.getKey().name()))
                        .collect(Collectors.joining(", ")))
                .setHeader(getTranslation("visit.supplies"));
        grid.addColumn(r -> r.syringesReturned() == null ? "" : r.syringesReturned().toString())
                .setHeader(getTranslation("visit.syringesReturned")).setAutoWidth(true);
        grid.addColumn(r -> r.counselling() ? getTranslation("common.yes") : "")
                .setHeader(getTranslation("visit.counselling")).setAutoWidth(true);
        grid.addColumn(r -> r.referrals().stream().map(Labels::of).sorted().collect(Collectors.joining(", ")))
                .setHeader(getTranslation("visit.referrals"));
        grid.addComponentColumn(VisitsView::statusBadge).setHeader(getTranslation("correction.status"))
                .setAutoWidth(true).setKey("status");
        grid.addComponentColumn(this::actions).setHeader(getTranslation("correction.actions")).setAutoWidth(true)
                .setKey("actions");
        grid.setItemsPageable(pageable -> visitService.list(site.id(), filter(), pageable));
        grid.setSizeFull();
        add(filters, grid);
        refresh();
    }

    VisitFilter filter() {
        return new VisitFilter(from.getValue(), to.getValue(), booth.getValue() == null ? null : booth.getValue().id(),
                alias.getValue().isBlank() ? null : alias.getValue(), substance.getValue(), route.getValue(),
                referralGiven.getValue(), status.getValue());
    }

    private static Component statusBadge(VisitRow row) {
        Span badge = new Span(Labels.of(row.status()));
        badge.getElement().getThemeList().add(switch (row.status()) {
            case NORMAL -> "badge contrast";
            case CORRECTED -> "badge";
            case VOIDED -> "badge error";
        });
        return badge;
    }

    /** Void and correct where the user may (supervisors; staff on their own check-in for 15 minutes), history always. */
    private Component actions(VisitRow row) {
        HorizontalLayout actions = new HorizontalLayout();
        actions.setSpacing(false);
        String label = row.alias() + " · " + row.boothLabel();
        if (row.status() != VisitStatus.VOIDED && mayCorrect(row)) {
            actions.add(small("correction.void", "visit-void",
                    () -> VoidVisitDialog.open(corrections, site.id(), row.id(), label, this::refresh)));
            actions.add(small("correction.correct", "visit-correct",
                    () -> CorrectVisitDialog.open(corrections, site.id(), visitService.row(site.id(), row.id()), site.zone(),
                            this::refresh)));
            if (row.endedAt() == null) {
                actions.add(small("correction.move", "visit-move", () -> MoveVisitDialog.open(corrections, boardService,
                        site.id(), row.id(), row.route(), label, this::refresh)));
                if (CurrentUser.hasRole(Role.SUPERVISOR)) {
                    actions.add(small("correction.checkOut", "visit-check-out-at", () -> CheckOutAtDialog.open(corrections,
                            site.id(), row.id(), label, site.zone(), this::refresh)));
                }
            }
        }
        if (row.status() != VisitStatus.NORMAL) {
            actions.add(small("correction.history", "visit-history",
                    () -> VisitHistoryDialog.open(corrections, site.id(), row.id(), label, site.zone())));
        }
        return actions;
    }

    private static boolean mayCorrect(VisitRow row) {
        if (CurrentUser.hasRole(Role.SUPERVISOR)) {
            return true;
        }
        return CurrentUser.hasRole(Role.STAFF) && row.createdAt() != null
                && CurrentUser.username().equals(row.createdBy())
                && Instant.now().isBefore(row.createdAt().plus(Duration.ofMinutes(VisitCorrectionService.STAFF_WINDOW_MINUTES)));
    }

    private Button small(String key, String className, Runnable action) {
        Button b = new Button(getTranslation(key), e -> action.run());
        b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY_INLINE);
        b.addClassName(className);
        return b;
    }

    void refresh() {
        grid.getDataProvider().refreshAll();
        VisitFilter filter = filter();
        long siteId = site.id();
        LocalDate day = LocalDate.now(site.zone());
        DownloadHandler csv = event -> {
            event.setFileName("visits-" + day + ".csv");
            event.setContentType("text/csv;charset=UTF-8");
            visitService.exportCsv(siteId, filter, event.getOutputStream());
        };
        export.setHref(csv, AttachmentType.DOWNLOAD);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.visits") + " · " + getTranslation("app.title");
    }
}

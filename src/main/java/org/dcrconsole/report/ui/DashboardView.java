package org.dcrconsole.report.ui;

import org.dcrconsole.base.ui.LivePush;
import org.dcrconsole.base.ui.UiScheduler;
import org.dcrconsole.booth.ClientService;
import org.dcrconsole.handover.HandoverService;
import org.dcrconsole.handover.ui.HandoverPanel;
import org.dcrconsole.incident.IncidentService;
import org.jspecify.annotations.Nullable;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.PermitAll;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.dcrconsole.base.ui.Pickers;
import org.dcrconsole.base.chart.ChartView;
import org.dcrconsole.base.ui.Markup;
import org.dcrconsole.base.ui.ViewToolbar;
import org.dcrconsole.booth.BoardBroadcaster;
import org.dcrconsole.booth.ui.AlertBanner;
import org.dcrconsole.report.ChartData;
import org.dcrconsole.report.Comparison;
import org.dcrconsole.report.DashboardService;
import org.dcrconsole.report.Figure;
import org.dcrconsole.report.LiveNow;
import org.dcrconsole.report.Period;
import org.dcrconsole.report.PeriodKind;
import org.dcrconsole.report.ReportCharts;
import org.dcrconsole.roster.MyShift;
import org.dcrconsole.roster.RosterService;
import org.dcrconsole.security.CurrentUser;
import org.dcrconsole.security.Role;
import org.dcrconsole.site.BoothInfo;
import org.dcrconsole.site.BoothKind;
import org.dcrconsole.site.SiteInfo;
import org.dcrconsole.site.SiteService;
import org.dcrconsole.site.ui.CurrentSite;

/**
 * The first screen after sign-in. Managers and supervisors see the key figures of the current
 * site (or all their sites) for a period beside the period before, what needs attention now,
 * the charts and the funder's monthly report; staff a small dashboard of the floor; stock
 * keepers the stock figures; administrators only the sites' configuration.
 */
@Route("")
@PermitAll
@Menu(order = 0, title = "nav.dashboard", icon = "vaadin:dashboard")
public class DashboardView extends VerticalLayout implements HasDynamicTitle {

    /** Whether the figures cover the current site or all sites the user holds. */
    enum Scope {
        CURRENT_SITE, ALL_SITES
    }

    /** The live panel is pushed at most this often however busy the floor is. */
    static final Duration MIN_PUSH_INTERVAL = Duration.ofMillis(500);
    /** How many pinned handover items and latest notes the dashboard shows (the rest at /handover). */
    static final int HANDOVER_PINNED = 10;
    static final int HANDOVER_RECENT = 5;

    private final transient DashboardService dashboard;
    private final transient SiteService siteService;
    private final transient RosterService roster;
    private final transient BoardBroadcaster broadcaster;
    private final transient UiScheduler scheduler;
    private transient @Nullable LivePush push;
    private @Nullable HandoverPanel handoverPanel;
    private final transient List<SiteInfo> mySites;
    private final transient Optional<SiteInfo> site;

    private final Select<Scope> scope = new Select<>();
    private final Select<PeriodKind> periodKind = new Select<>();
    private final DatePicker customFirst = Pickers.date();
    private final DatePicker customLast = Pickers.date();
    private final Div figures = new Div();
    private final Div stockFigures = new Div();
    private final Div live = new Div();
    private final Div charts = new Div();
    private final Div shifts = new Div();
    private final boolean full;
    private final boolean stockKeeper;
    private final boolean floorStaff;

    DashboardView(DashboardService dashboard, SiteService siteService, CurrentSite currentSite, RosterService roster,
                  BoardBroadcaster broadcaster, HandoverService handover, ClientService clients,
                  IncidentService incidents, AlertBanner alertBanner, UiScheduler scheduler) {
        this.dashboard = dashboard;
        this.siteService = siteService;
        this.roster = roster;
        this.broadcaster = broadcaster;
        this.scheduler = scheduler;
        setPadding(false);
        addClassName("dashboard-view");
        this.site = currentSite.get();
        this.mySites = siteService.mySites();
        full = CurrentUser.hasRole(Role.MANAGER) || CurrentUser.hasRole(Role.SUPERVISOR);
        stockKeeper = !full && CurrentUser.hasRole(Role.STOCK_KEEPER);
        floorStaff = !full && CurrentUser.hasRole(Role.STAFF);
        boolean admin = CurrentUser.hasRole(Role.ADMIN);

        add(new ViewToolbar(getTranslation("nav.dashboard")));
        VerticalLayout body = new VerticalLayout();
        body.addClassName("dashboard-body");
        add(body);
        if (admin && !full && !floorStaff && !stockKeeper) {
            body.add(configuration());
            return;
        }
        if (site.isEmpty()) {
            body.add(new Paragraph(getTranslation("dashboard.noSite")));
            return;
        }
        body.add(new H2(site.get().name() + " · " + site.get().city()));
        body.add(alertBanner);
        if (full || floorStaff) {
            // what the last shift handed over comes first for the one starting now
            handoverPanel = new HandoverPanel(handover, siteService, clients, incidents, site.get().id(), false,
                    HANDOVER_PINNED, HANDOVER_RECENT);
            body.add(handoverPanel);
        }
        if (full || stockKeeper) {
            body.add(periodBar());
        }
        if (full) {
            figures.addClassName("figure-grid");
            figures.setId("period-figures");
            stockFigures.addClassName("figure-grid");
            stockFigures.setId("stock-figures");
            charts.addClassName("chart-grid");
            charts.setId("charts");
            body.add(figures, section("live.title", live), stockFigures, charts, reportBar());
        } else {
            if (floorStaff) {
                shifts.addClassName("my-shifts");
                shifts.setId("my-shifts");
                body.add(section("live.today", live), section("live.myShifts", shifts));
                showMyShifts();
            }
            if (stockKeeper) {
                stockFigures.addClassName("figure-grid");
                stockFigures.setId("stock-figures");
                body.add(stockFigures, section("live.stock", live));
            }
        }
        live.addClassName("live-grid");
        live.setId("live-now");
        refresh();
    }

    private Div section(String titleKey, Div content) {
        H2 title = new H2(getTranslation(titleKey));
        title.addClassName("dashboard-section-title");
        Div section = new Div(title, content);
        section.addClassName("dashboard-section");
        return section;
    }

    private HorizontalLayout periodBar() {
        scope.setLabel(getTranslation("report.scope"));
        scope.setItems(Scope.values());
        scope.setItemLabelGenerator(s -> getTranslation("report.scope." + s.name()));
        scope.setValue(Scope.CURRENT_SITE);
        scope.setVisible(mySites.size() > 1);
        scope.setId("dashboard-scope");
        periodKind.setLabel(getTranslation("period.label"));
        periodKind.setItems(PeriodKind.values());
        periodKind.setItemLabelGenerator(k -> getTranslation("period." + k.name()));
        periodKind.setValue(PeriodKind.THIS_MONTH);
        periodKind.setId("dashboard-period");
        LocalDate today = dashboard.today(scopeSiteIds());
        customFirst.setLabel(getTranslation("period.first"));
        customLast.setLabel(getTranslation("period.last"));
        customFirst.setValue(today.withDayOfMonth(1));
        customLast.setValue(today);
        customFirst.setId("dashboard-first");
        customLast.setId("dashboard-last");
        customFirst.setVisible(false);
        customLast.setVisible(false);
        scope.addValueChangeListener(e -> refresh());
        periodKind.addValueChangeListener(e -> {
            boolean custom = e.getValue() == PeriodKind.CUSTOM;
            customFirst.setVisible(custom);
            customLast.setVisible(custom);
            refresh();
        });
        customFirst.addValueChangeListener(e -> refresh());
        customLast.addValueChangeListener(e -> refresh());
        HorizontalLayout bar = new HorizontalLayout(scope, periodKind, customFirst, customLast);
        bar.addClassNames("dashboard-period-bar", "print-hide");
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.getStyle().set("flex-wrap", "wrap");
        return bar;
    }

    /** The current site, or every site the user holds. */
    List<Long> scopeSiteIds() {
        if (scope.getValue() == Scope.ALL_SITES) {
            return mySites.stream().map(SiteInfo::id).toList();
        }
        return List.of(site.orElseThrow().id());
    }

    /** The chosen period; a custom period with missing or reversed days falls back to this month. */
    Period period() {
        LocalDate today = dashboard.today(scopeSiteIds());
        PeriodKind kind = periodKind.getValue() == null ? PeriodKind.THIS_MONTH : periodKind.getValue();
        if (kind == PeriodKind.CUSTOM) {
            LocalDate first = customFirst.getValue();
            LocalDate last = customLast.getValue();
            if (first != null && last != null && !last.isBefore(first)
                    && Period.custom(first, last).days() <= Period.MAX_DAYS) {
                customLast.setInvalid(false);
                return Period.custom(first, last);
            }
            customLast.setInvalid(true);
            customLast.setErrorMessage(getTranslation("period.error.range", Period.MAX_DAYS));
            return Period.of(PeriodKind.THIS_MONTH, today);
        }
        return Period.of(kind, today);
    }

    private void refresh() {
        if (site.isEmpty()) {
            return;
        }
        Locale locale = getLocale();
        List<Long> siteIds = scopeSiteIds();
        if (full) {
            Period period = period();
            Comparison c = dashboard.figures(siteIds, period);
            Markup html = new Markup();
            for (Figure f : List.of(Figure.EPISODES, Figure.UNIQUE_CLIENTS, Figure.REFUSALS, Figure.EMERGENCIES,
                    Figure.EMERGENCIES_PER_1000, Figure.DEATHS, Figure.NALOXONE, Figure.AMBULANCE_CALLS,
                    Figure.COUNSELLING, Figure.REFERRALS, Figure.REFERRALS_PER_100, Figure.SYRINGES_OUT,
                    Figure.SYRINGES_RETURNED, Figure.OCCUPANCY, Figure.UNDERSTAFFED_HOURS,
                    Figure.TAKE_HOME_KITS, Figure.CLIENTS_TRAINED, Figure.REVERSALS_REPORTED)) {
                FigureCard.write(html, this, f, c, locale);
            }
            figures.getElement().setProperty("innerHTML", html.toString());
            fillStock(siteIds, period, locale);
            ChartData data = dashboard.charts(siteIds, period);
            charts.removeAll();
            charts.add(chart("chart-episodes", ReportCharts.episodesPerDay(data, locale)),
                    chart("chart-occupancy", ReportCharts.occupancyHeatMap(data, locale)),
                    chart("chart-substances", ReportCharts.substances(data, locale)),
                    chart("chart-routes", ReportCharts.routes(data, locale)),
                    chart("chart-emergencies", ReportCharts.emergenciesPerMonth(data, locale)));
        } else if (stockKeeper) {
            fillStock(siteIds, period(), locale);
        }
        refreshLive();
    }

    private void fillStock(List<Long> siteIds, Period period, Locale locale) {
        Comparison s = dashboard.stockFigures(siteIds, period);
        Markup html = new Markup();
        for (Figure f : s.figures()) {
            FigureCard.write(html, this, f, s, locale);
        }
        stockFigures.getElement().setProperty("innerHTML", html.toString());
    }

    private static ChartView chart(String id, String svg) {
        ChartView view = new ChartView(svg);
        view.setId(id);
        return view;
    }

    /** Re-reads the live panel; called on refresh and when the board changes. */
    void refreshLive() {
        if (site.isEmpty() || (!full && !floorStaff && !stockKeeper)) {
            return;
        }
        LiveNow now = dashboard.live(full ? scopeSiteIds() : List.of(site.get().id()));
        Markup html = new Markup();
        liveItem(html, "boothsOccupied", now.boothsOccupied(), "board", false);
        liveItem(html, "boothsFree", now.boothsFree(), "board", false);
        liveItem(html, "boothsCleaning", now.boothsCleaning(), "board", false);
        liveItem(html, "queue", now.queue(), "board", false);
        if (now.staffOnDuty() != null) {
            liveLink(html, "staffOnDuty", now.staffOnDuty() + " / " + now.staffRequired(), full ? "roster" : "board",
                    now.staffingShort());
        }
        liveItem(html, "understaffedHours", now.understaffedHours(), "roster", true);
        liveItem(html, "outOfStock", now.outOfStock(), "stock", true);
        liveItem(html, "atOrUnderReorder", now.atOrUnderReorder(), "reorder", true);
        liveItem(html, "naloxoneLotsExpiring", now.naloxoneLotsExpiring(), "stock", true);
        liveItem(html, "overdueReviews", now.overdueReviews(), "incidents", true);
        live.getElement().setProperty("innerHTML", html.toString());
    }

    private void liveItem(Markup html, String key, Long value, String route, boolean attentionWhenAny) {
        if (value != null) {
            liveLink(html, key, String.valueOf(value), route, attentionWhenAny && value > 0);
        }
    }

    /**
     * One live figure as a link to the view where it is dealt with: a plain anchor with the route
     * path, which the router takes over on click as it does a router link's.
     */
    private void liveLink(Markup html, String key, String value, String route, boolean attention) {
        html.open("a", "href", route, "id", "live-" + key, "class", attention ? "live-item attention" : "live-item")
                .element("span", value, "class", "live-value")
                .element("span", getTranslation("live." + key), "class", "live-label")
                .close("a");
    }

    private HorizontalLayout reportBar() {
        Select<YearMonth> month = new Select<>();
        month.setId("report-month");
        month.setLabel(getTranslation("report.month"));
        YearMonth current = YearMonth.from(dashboard.today(scopeSiteIds()));
        List<YearMonth> months = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            months.add(current.minusMonths(i));
        }
        month.setItems(months);
        DateTimeFormatter f = DateTimeFormatter.ofPattern("MMMM yyyy", getLocale());
        month.setItemLabelGenerator(m -> m.atDay(1).format(f));
        month.setValue(current.minusMonths(1));
        Locale locale = getLocale();
        Anchor csv = new Anchor((DownloadHandler) event -> {
            event.setFileName("funder-report-" + month.getValue() + ".csv");
            event.setContentType("text/csv; charset=UTF-8");
            dashboard.writeMonthlyCsv(scopeSiteIds(), month.getValue(), locale, event.getOutputStream());
        }, getTranslation("report.downloadCsv"));
        csv.setId("report-csv");
        csv.setTarget(AnchorTarget.BLANK);
        Anchor pdf = new Anchor((DownloadHandler) event -> {
            event.setFileName("funder-report-" + month.getValue() + ".pdf");
            event.setContentType("application/pdf");
            dashboard.writeMonthlyPdf(scopeSiteIds(), month.getValue(), locale, event.getOutputStream());
        }, getTranslation("report.downloadPdf"));
        pdf.setId("report-pdf");
        pdf.setTarget(AnchorTarget.BLANK);
        csv.addClassName("report-download");
        pdf.addClassName("report-download");
        H2 title = new H2(getTranslation("report.title"));
        title.addClassName("dashboard-section-title");
        HorizontalLayout bar = new HorizontalLayout(title, month, csv, pdf);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.addClassNames("report-bar", "print-hide");
        bar.getStyle().set("flex-wrap", "wrap");
        return bar;
    }

    /**
     * The administrator's dashboard: the network's sites and booths only, no client, visit or
     * incident data (and no call to a service that holds any).
     */
    private Div configuration() {
        Div grid = new Div();
        grid.addClassName("figure-grid");
        grid.setId("configuration");
        List<SiteInfo> sites = siteService.networkSites();
        List<BoothInfo> booths = siteService.networkBooths();
        grid.add(plainCard(getTranslation("report.config.sites"), String.valueOf(sites.stream().filter(SiteInfo::active).count())));
        for (BoothKind kind : BoothKind.values()) {
            long count = booths.stream().filter(b -> b.kind() == kind && b.inService()).count();
            grid.add(plainCard(getTranslation("enum.BoothKind." + kind.name()), String.valueOf(count)));
        }
        grid.add(plainCard(getTranslation("booth.outOfService"),
                String.valueOf(booths.stream().filter(b -> !b.inService()).count())));
        Div section = new Div(grid);
        for (SiteInfo s : sites) {
            LocalDate today = LocalDate.now(s.zone());
            String hours = s.openingHours(today.getDayOfWeek())
                    .map(h -> h.getOpens() + "–" + h.getCloses()).orElse(getTranslation("site.closed"));
            Paragraph line = new Paragraph(s.name() + " · " + getTranslation("dashboard.openToday") + ": " + hours);
            line.addClassName("config-site");
            section.add(line);
        }
        return section;
    }

    private static Div plainCard(String label, String value) {
        Span l = new Span(label);
        l.addClassName("figure-label");
        Span v = new Span(value);
        v.addClassName("figure-value");
        Div card = new Div(l, v);
        card.addClassName("figure-card");
        return card;
    }

    /** The signed-in person's next published shifts (staff's small dashboard). */
    private void showMyShifts() {
        shifts.removeAll();
        List<MyShift> mine = roster.myShifts();
        if (mine.isEmpty()) {
            shifts.add(new Paragraph(getTranslation("live.noShifts")));
            return;
        }
        DateTimeFormatter f = DateTimeFormatter.ofPattern("EEE d MMM, HH:mm", getLocale());
        DateTimeFormatter end = DateTimeFormatter.ofPattern("HH:mm", getLocale());
        for (MyShift s : mine.subList(0, Math.min(5, mine.size()))) {
            Paragraph line = new Paragraph(s.shift().start().atZone(s.zone()).format(f) + "–"
                    + s.shift().end().atZone(s.zone()).format(end) + " · " + s.siteName() + " · "
                    + getTranslation("enum.ShiftPosition." + s.shift().position().name()));
            line.addClassName("my-shift");
            shifts.add(line);
        }
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        if (site.isEmpty() || !(full || floorStaff)) {
            return;
        }
        if (handoverPanel != null) {
            // the view is kept when the person comes back to it: show what was handed over meanwhile
            handoverPanel.refresh();
        }
        LivePush live = new LivePush(event.getUI(), scheduler, MIN_PUSH_INTERVAL, this::refreshOnChange);
        for (long siteId : full ? mySites.stream().map(SiteInfo::id).toList() : List.of(site.get().id())) {
            live.closing(broadcaster.register(siteId, change -> live.request()));
        }
        push = live;
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (push != null) {
            push.close();
            push = null;
        }
        super.onDetach(event);
    }

    private void refreshOnChange() {
        refreshLive();
        if (handoverPanel != null) {
            handoverPanel.refresh();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.dashboard") + " · " + getTranslation("app.title");
    }
}

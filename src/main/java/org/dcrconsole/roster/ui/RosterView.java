package org.dcrconsole.roster.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dcrconsole.base.ui.Markup;
import org.dcrconsole.base.ui.Notifications;
import org.dcrconsole.base.ui.ViewToolbar;
import org.dcrconsole.roster.CopyResult;
import org.dcrconsole.roster.FillProposal;
import org.dcrconsole.roster.HourCoverage;
import org.dcrconsole.roster.PlannedShift;
import org.dcrconsole.roster.RosterService;
import org.dcrconsole.roster.ShiftIssue;
import org.dcrconsole.roster.StaffProfile;
import org.dcrconsole.roster.WeekRoster;
import org.dcrconsole.security.CurrentUser;
import org.dcrconsole.security.Role;
import org.dcrconsole.security.Roles;
import org.dcrconsole.site.SiteInfo;
import org.dcrconsole.site.ui.CurrentSite;
import tools.jackson.databind.JsonNode;

/**
 * The roster. A MANAGER plans the current site's week: people × days with every shift and its
 * flags, a coverage strip per day and opening hour coloured by the staffing rules, and the week
 * actions (copy, publish, fill gaps, print). Everyone else sees their own published shifts.
 */
@Route("roster")
@RolesAllowed({Roles.MANAGER, Roles.SUPERVISOR, Roles.STAFF})
@Menu(order = 30, title = "nav.roster", icon = "vaadin:calendar-clock")
public class RosterView extends VerticalLayout implements HasDynamicTitle {

    /** An hour's id: local date-time to the minute and the offset (+01:00, or Z for UTC). */
    static final DateTimeFormatter HOUR_ID = new java.time.format.DateTimeFormatterBuilder()
            .appendPattern("yyyy-MM-dd'T'HH:mm").appendOffset("+HH:MM", "Z").toFormatter();
    /** Id prefixes of what can be clicked in the week: a shift, an hour of a coverage strip, a cell's add button. */
    static final String SHIFT = "shift-";
    static final String HOUR = "hour-";
    static final String ADD = "add-";
    /**
     * The event data of the week's listeners: the id of what was clicked. The week is markup, not
     * components, and one listener serves every shift, hour and add button in it.
     */
    static final String CLICKABLE = ".shift-chip, .coverage-hour, .roster-add";
    static final String CLICKED = "event.target.closest('" + CLICKABLE + "')?.id";
    /**
     * Enter or Space on a focused shift or hour acts as a click (a vaadin-button makes its own
     * click); Space then does not scroll the page.
     */
    static final String KEY_ACTIVATED = ".shift-chip, .coverage-hour";
    static final String ACTIVATE_KEY = "(event.key === 'Enter' || event.key === ' ')"
            + " && event.target.matches('" + KEY_ACTIVATED + "') && (event.preventDefault(), true)";

    private final transient RosterService rosterService;
    private final H2 weekLabel = new H2();
    private final Div week = new Div();
    private final Span detail = new Span();
    private SiteInfo site;
    private LocalDate monday;
    private WeekRoster roster;

    RosterView(RosterService rosterService, CurrentSite currentSite, Clock clock) {
        this.rosterService = rosterService;
        setPadding(false);
        setSizeFull();
        addClassName("roster-view");
        if (!CurrentUser.hasRole(Role.MANAGER)) {
            add(new ViewToolbar(getTranslation("roster.myShifts")));
            add(new MyShiftsPanel(rosterService, rosterService.isLinkedToStaff()));
            return;
        }
        Optional<SiteInfo> current = currentSite.get();
        if (current.isEmpty()) {
            add(new ViewToolbar(getTranslation("roster.title")), new Paragraph(getTranslation("roster.noSite")));
            return;
        }
        site = current.get();
        monday = thisMonday(clock, site.zone());
        add(new ViewToolbar(getTranslation("roster.title"),
                button("previous-week", null, VaadinIcon.ANGLE_LEFT, "roster.previousWeek", () -> go(monday.minusWeeks(1))),
                button("this-week", "roster.thisWeek", null, null, () -> go(thisMonday(clock, site.zone()))),
                button("next-week", null, VaadinIcon.ANGLE_RIGHT, "roster.nextWeek", () -> go(monday.plusWeeks(1))),
                button("copy-week", "roster.copyPrevious", VaadinIcon.COPY, null, this::copyPreviousWeek),
                button("fill-gaps", "roster.fillGaps", VaadinIcon.MAGIC, null, this::fillGaps),
                button("publish-week", "roster.publish", VaadinIcon.CHECK, null, this::publish),
                button("print-week", "roster.print", VaadinIcon.PRINT, null,
                        () -> UI.getCurrent().getPage().executeJs("window.print()"))));
        weekLabel.setId("week-label");
        weekLabel.addClassNames("roster-week-label");
        week.setId("roster-week");
        week.addClassName("roster-week");
        week.getElement().addEventListener("click", this::clicked).addEventData(CLICKED);
        week.getElement().addEventListener("keydown", this::clicked).addEventData(CLICKED).setFilter(ACTIVATE_KEY);
        detail.setId("coverage-detail");
        detail.addClassNames("coverage-detail", "print-hide");
        Span legend = new Span(getTranslation("coverage.legend"));
        legend.addClassNames("coverage-legend", "print-hide");
        VerticalLayout body = new VerticalLayout(weekLabel, legend, detail, week);
        body.addClassName("roster-body");
        add(body);
        render();
    }

    private Button button(String id, String textKey, VaadinIcon icon, String ariaKey, Runnable action) {
        Button b = textKey == null ? new Button(icon.create()) : new Button(getTranslation(textKey));
        if (textKey != null && icon != null) {
            b.setIcon(icon.create());
        }
        if (ariaKey != null) {
            b.setAriaLabel(getTranslation(ariaKey));
            b.setTooltipText(getTranslation(ariaKey));
        }
        b.setId(id);
        b.addClickListener(e -> action.run());
        return b;
    }

    private static LocalDate thisMonday(Clock clock, ZoneId zone) {
        return LocalDate.now(clock.withZone(zone)).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    private void go(LocalDate newMonday) {
        monday = newMonday;
        detail.setText("");
        render();
    }

    /** Loads the week and draws it. */
    void render() {
        roster = rosterService.week(site.id(), monday);
        ZoneId zone = site.zone();
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        String label = getTranslation("roster.week", monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR),
                date.format(monday), date.format(monday.plusDays(6)));
        long drafts = roster.draftCount();
        weekLabel.setText(drafts > 0 ? label + " · " + getTranslation("roster.drafts", drafts) : label);
        List<LocalDate> days = days();
        Markup html = new Markup();

        html.open("div", "class", "roster-head").element("span", site.name()).close("div");
        for (LocalDate d : days) {
            html.open("div", "class", "roster-head").element("span",
                    DateTimeFormatter.ofPattern(getTranslation("roster.dayHead"), getLocale()).format(d))
                    .close("div");
        }
        html.open("div", "class", "roster-head coverage-label").element("span", getTranslation("coverage.title"))
                .close("div");
        Map<LocalDate, List<HourCoverage>> hoursByDay = roster.coverage().stream()
                .collect(Collectors.groupingBy(HourCoverage::openingDay));
        for (LocalDate d : days) {
            coverageDay(html, d, hoursByDay.getOrDefault(d, List.of()), zone);
        }

        if (roster.staff().isEmpty()) {
            html.open("div", "class", "roster-empty").element("span", getTranslation("roster.noStaff")).close("div");
        }
        Map<Long, List<PlannedShift>> byPerson = roster.shifts().stream()
                .collect(Collectors.groupingBy(PlannedShift::staffMemberId));
        String addShift = getTranslation("roster.addShift");
        for (StaffProfile p : roster.staff()) {
            List<PlannedShift> theirs = byPerson.getOrDefault(p.id(), List.of());
            Duration planned = theirs.stream().map(PlannedShift::duration).reduce(Duration.ZERO, Duration::plus);
            boolean over = planned.compareTo(Duration.ofHours(p.contractedHours())) > 0;
            html.open("div", "class", "roster-person")
                    .element("span", p.name(), "class", "roster-person-name")
                    .element("span", getTranslation("enum.Profession." + p.profession().name()) + " · "
                                    + RosterTexts.hours(planned) + " / " + p.contractedHours() + " h",
                            "class", over ? "roster-person-meta over" : "roster-person-meta")
                    .close("div");
            for (LocalDate d : days) {
                html.open("div", "class", "roster-cell");
                theirs.stream().filter(s -> s.start().atZone(zone).toLocalDate().equals(d))
                        .forEach(s -> chip(html, s, zone));
                // the markup of an icon-only tertiary Button: the same look and keyboard handling in
                // the browser, without a Button and an Icon on the server for each of the cells
                html.open("vaadin-button", "id", ADD + p.id() + "-" + d, "class", "roster-add print-hide",
                                "theme", "tertiary-inline small icon", "aria-label", addShift + ": " + p.name() + ", " + d)
                        .open("vaadin-icon", "icon", "vaadin:plus").close("vaadin-icon")
                        .close("vaadin-button")
                        .close("div");
            }
        }
        week.getElement().setProperty("innerHTML", html.toString());
    }

    private List<LocalDate> days() {
        return monday.datesUntil(monday.plusWeeks(1)).toList();
    }

    private void coverageDay(Markup html, LocalDate day, List<HourCoverage> hours, ZoneId zone) {
        html.open("div", "id", "coverage-" + day, "class", "coverage-day");
        if (hours.isEmpty()) {
            html.element("span", getTranslation("coverage.closed"), "class", "coverage-closed");
        }
        for (HourCoverage h : hours) {
            String text = RosterTexts.coverage(h, zone);
            html.element("span", RosterTexts.TIME.format(h.start().atZone(zone)).substring(0, 2),
                    "id", HOUR + HOUR_ID.format(h.start().atZone(zone)),
                    "class", h.ok() ? "coverage-hour ok" : "coverage-hour broken",
                    "title", text, "aria-label", text, "role", "button", "tabindex", "0");
        }
        html.close("div");
    }

    private void chip(Markup html, PlannedShift s, ZoneId zone) {
        List<ShiftIssue> issues = roster.issuesOf(s);
        String classes = "shift-chip " + (s.isPublished() ? "published" : "draft") + (issues.isEmpty() ? "" : " flagged");
        String title = issues.isEmpty() ? null
                : issues.stream().map(RosterTexts::issue).collect(Collectors.joining(" · "));
        html.open("div", "id", SHIFT + s.id(), "class", classes, "title", title, "role", "button", "tabindex", "0")
                .element("span", RosterTexts.span(s.start(), s.end(), zone), "class", "shift-time")
                .element("span", getTranslation("enum.ShiftPosition." + s.position().name()), "class", "shift-position");
        if (!s.isPublished()) {
            html.element("span", getTranslation("roster.draft"), "class", "shift-draft");
        }
        if (!issues.isEmpty()) {
            html.element("span", "⚠ " + issues.stream()
                    .map(i -> getTranslation("enum.ShiftIssueKind." + i.kind().name()))
                    .collect(Collectors.joining(", ")), "class", "shift-flags");
        }
        html.close("div");
    }

    /**
     * Acts on what the week's one click (or key) listener reports: the id of the shift, hour or add
     * button clicked. The id comes from the browser, so it only ever selects among what this view drew.
     */
    private void clicked(DomEvent e) {
        JsonNode id = e.getEventData().get(CLICKED);
        if (id == null || !id.isString()) {
            return;
        }
        String target = id.stringValue();
        if (target.startsWith(SHIFT)) {
            roster.shifts().stream().filter(s -> target.equals(SHIFT + s.id())).findFirst().ifPresent(s ->
                    ShiftDialog.edit(rosterService, site, roster.staff(), s, this::render).open());
        } else if (target.startsWith(HOUR)) {
            ZoneId zone = site.zone();
            roster.coverage().stream().filter(h -> target.equals(HOUR + HOUR_ID.format(h.start().atZone(zone))))
                    .findFirst().ifPresent(h -> detail.setText(RosterTexts.coverage(h, zone)));
        } else if (target.startsWith(ADD)) {
            for (StaffProfile p : roster.staff()) {
                for (LocalDate d : days()) {
                    if (target.equals(ADD + p.id() + "-" + d)) {
                        ShiftDialog.create(rosterService, site, roster.staff(), p, d, this::render).open();
                        return;
                    }
                }
            }
        }
    }

    private void copyPreviousWeek() {
        CopyResult result = rosterService.copyPreviousWeek(site.id(), monday);
        Notifications.success(getTranslation("roster.copied", result.copied(), result.skipped()));
        render();
    }

    private void publish() {
        int count = rosterService.publishWeek(site.id(), monday);
        if (count == 0) {
            Notifications.warning(getTranslation("roster.nothingToPublish"));
        } else {
            Notifications.success(getTranslation("roster.published", count));
        }
        render();
    }

    private void fillGaps() {
        FillProposal proposal = rosterService.proposeFill(site.id(), monday);
        Map<Long, StaffProfile> people = roster.staff().stream()
                .collect(Collectors.toMap(StaffProfile::id, Function.identity()));
        new FillGapsDialog(rosterService, site.id(), site.zone(), proposal, people, this::render).open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.roster") + " · " + getTranslation("app.title");
    }
}

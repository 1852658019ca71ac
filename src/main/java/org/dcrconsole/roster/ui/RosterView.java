package org.dcrconsole.roster.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
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
import java.time.format.TextStyle;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
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
        week.removeAll();
        List<LocalDate> days = monday.datesUntil(monday.plusWeeks(1)).toList();

        week.add(cell("roster-head", new Span(site.name())));
        for (LocalDate d : days) {
            week.add(cell("roster-head", new Span(d.getDayOfWeek().getDisplayName(TextStyle.SHORT, getLocale())
                    + " " + DateTimeFormatter.ofPattern("d.M.").format(d))));
        }
        week.add(cell("roster-head coverage-label", new Span(getTranslation("coverage.title"))));
        Map<LocalDate, List<HourCoverage>> hoursByDay = roster.coverage().stream()
                .collect(Collectors.groupingBy(HourCoverage::openingDay));
        for (LocalDate d : days) {
            week.add(coverageDay(d, hoursByDay.getOrDefault(d, List.of()), zone));
        }

        if (roster.staff().isEmpty()) {
            Div none = cell("roster-empty", new Span(getTranslation("roster.noStaff")));
            week.add(none);
            return;
        }
        Map<Long, List<PlannedShift>> byPerson = roster.shifts().stream()
                .collect(Collectors.groupingBy(PlannedShift::staffMemberId));
        for (StaffProfile p : roster.staff()) {
            List<PlannedShift> theirs = byPerson.getOrDefault(p.id(), List.of());
            Duration planned = theirs.stream().map(PlannedShift::duration).reduce(Duration.ZERO, Duration::plus);
            Span name = new Span(p.name());
            name.addClassName("roster-person-name");
            Span meta = new Span(getTranslation("enum.Profession." + p.profession().name()) + " · "
                    + RosterTexts.hours(planned) + " / " + p.contractedHours() + " h");
            meta.addClassName("roster-person-meta");
            if (planned.compareTo(Duration.ofHours(p.contractedHours())) > 0) {
                meta.addClassName("over");
            }
            week.add(cell("roster-person", name, meta));
            for (LocalDate d : days) {
                Div c = cell("roster-cell");
                theirs.stream().filter(s -> s.start().atZone(zone).toLocalDate().equals(d))
                        .forEach(s -> c.add(chip(s, zone)));
                Button add = new Button(VaadinIcon.PLUS.create(), e -> ShiftDialog.create(rosterService, site,
                        roster.staff(), p, d, this::render).open());
                add.setId("add-" + p.id() + "-" + d);
                add.setAriaLabel(getTranslation("roster.addShift") + ": " + p.name() + ", " + d);
                add.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
                add.addClassNames("roster-add", "print-hide");
                c.add(add);
                week.add(c);
            }
        }
    }

    private Div coverageDay(LocalDate day, List<HourCoverage> hours, ZoneId zone) {
        Div strip = new Div();
        strip.addClassName("coverage-day");
        strip.setId("coverage-" + day);
        if (hours.isEmpty()) {
            Span closed = new Span(getTranslation("coverage.closed"));
            closed.addClassName("coverage-closed");
            strip.add(closed);
        }
        for (HourCoverage h : hours) {
            Span hour = new Span(RosterTexts.TIME.format(h.start().atZone(zone)).substring(0, 2));
            hour.setId("hour-" + HOUR_ID.format(h.start().atZone(zone)));
            hour.addClassNames("coverage-hour", h.ok() ? "ok" : "broken");
            String text = RosterTexts.coverage(h, zone);
            hour.getElement().setAttribute("title", text);
            hour.getElement().setAttribute("aria-label", text);
            hour.getElement().setAttribute("tabindex", "0");
            hour.addClickListener(e -> detail.setText(text));
            strip.add(hour);
        }
        return strip;
    }

    private Component chip(PlannedShift s, ZoneId zone) {
        List<ShiftIssue> issues = roster.issuesOf(s);
        Div chip = new Div();
        chip.setId("shift-" + s.id());
        chip.addClassName("shift-chip");
        chip.addClassName(s.isPublished() ? "published" : "draft");
        Span time = new Span(RosterTexts.span(s.start(), s.end(), zone));
        time.addClassName("shift-time");
        Span position = new Span(getTranslation("enum.ShiftPosition." + s.position().name()));
        position.addClassName("shift-position");
        chip.add(time, position);
        if (!s.isPublished()) {
            Span draft = new Span(getTranslation("roster.draft"));
            draft.addClassName("shift-draft");
            chip.add(draft);
        }
        if (!issues.isEmpty()) {
            chip.addClassName("flagged");
            String text = issues.stream().map(RosterTexts::issue).collect(Collectors.joining(" · "));
            Span flag = new Span("⚠ " + issues.stream()
                    .map(i -> getTranslation("enum.ShiftIssueKind." + i.kind().name()))
                    .collect(Collectors.joining(", ")));
            flag.addClassName("shift-flags");
            chip.add(flag);
            chip.getElement().setAttribute("title", text);
        }
        chip.getElement().setAttribute("role", "button");
        chip.getElement().setAttribute("tabindex", "0");
        chip.addClickListener(e -> ShiftDialog.edit(rosterService, site, roster.staff(), s, this::render).open());
        return chip;
    }

    private static Div cell(String classNames, Component... content) {
        Div div = new Div(content);
        for (String c : classNames.split(" ")) {
            div.addClassName(c);
        }
        return div;
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

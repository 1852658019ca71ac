package org.dcrconsole.roster.ui;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;
import org.dcrconsole.base.i18n.Labels;
import org.dcrconsole.roster.HourCoverage;
import org.dcrconsole.roster.RuleBreach;
import org.dcrconsole.roster.ShiftIssue;

/** How the planner words times, issues and coverage, in the UI's language. */
final class RosterTexts {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private RosterTexts() {
    }

    static String time(Instant t, ZoneId zone) {
        return TIME.format(t.atZone(zone));
    }

    static String span(Instant start, Instant end, ZoneId zone) {
        return time(start, zone) + "–" + time(end, zone);
    }

    /** "7:30 h". */
    static String hours(Duration d) {
        return "%d:%02d h".formatted(d.toHours(), d.toMinutesPart());
    }

    static String issue(ShiftIssue issue) {
        String absence = issue.absenceKind() == null ? "" : Labels.of(issue.absenceKind());
        return Labels.t("shift.issue." + issue.kind().name(), hours(issue.amount()), hours(issue.limit()), absence);
    }

    static String breach(RuleBreach b) {
        return Labels.t("coverage.rule." + b.rule().name(), b.required(), b.actual(), b.shortfall());
    }

    /** The hour, who is on duty, and every rule it breaks with the shortfall. */
    static String coverage(HourCoverage h, ZoneId zone) {
        String head = Labels.t("coverage.hour", time(h.start(), zone), time(h.end(), zone), h.onDuty(),
                h.medicalOnDuty());
        if (h.ok()) {
            return head + " · " + Labels.t("coverage.ok");
        }
        return head + " · " + h.breaches().stream().map(RosterTexts::breach).collect(Collectors.joining(" · "));
    }
}

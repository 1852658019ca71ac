package org.dcrconsole.incident;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import org.dcrconsole.BadInputRun;
import org.dcrconsole.BadValues;
import org.dcrconsole.DcrSpringBootTest;
import org.dcrconsole.TestUsers;
import org.dcrconsole.security.UserService;
import org.dcrconsole.site.SiteService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Bad input fed to the services behind the incident forms (report, response steps, follow-up
 * actions): every value is stored and reads back valid and unchanged, or is refused clearly.
 */
@DcrSpringBootTest
@Tag("db")
class IncidentBadInputTest {

    private static final int SAMPLES = 120;

    @Autowired
    IncidentService service;
    @Autowired
    SiteService siteService;
    @Autowired
    UserService userService;
    @Autowired
    Validator validator;
    @Autowired
    Clock clock;

    IncidentFixture.Seed seed;
    final BadInputRun run = new BadInputRun();

    @BeforeEach
    void seed() {
        seed = new IncidentFixture(siteService, userService).seed("bad");
        TestUsers.signIn(seed.staff());
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void descriptions_and_staff_of_any_kind_are_stored_valid_or_refused_clearly() {
        BadValues.strings(Incident.DESCRIPTION_MAX, SAMPLES).forEach(value -> {
            IncidentReport report = IncidentFixture.overdose(clock.instant().minusSeconds(60));
            report.setDescription(value);
            report.setStaffInvolved(value);
            // no alias: an alias is picked from the register, and any other is refused (IncidentClientAliasTest)
            run.attempt(value, () -> {
                Incident saved = service.report(seed.siteId(), report);
                Incident back = service.get(seed.siteId(), saved.getId()).incident();
                assertThat(validator.validate(IncidentReport.of(back))).isEmpty();
                assertThat(back.getDescription()).isEqualTo(value.strip());
                assertThat(back.getStaffInvolved()).isEqualTo(value.isBlank() ? null : value);
                BadInputRun.assertPlain(back.getDescription(), true);
                BadInputRun.assertPlain(back.getStaffInvolved(), false);
                BadInputRun.assertPlain(back.getClientAlias(), false);
            });
        });
        run.assertAllHandled();
    }

    @Test
    void occurred_at_far_in_the_past_or_future_is_stored_as_sent_or_refused() {
        Instant now = clock.instant();
        Stream.concat(Stream.of(Instant.EPOCH, Instant.parse("0001-01-01T00:00:00Z"), Instant.parse("9999-12-31T23:59:59Z"),
                        now.plus(1, ChronoUnit.DAYS), now.minus(36500, ChronoUnit.DAYS)).map(t -> t.truncatedTo(ChronoUnit.MINUTES)),
                Arbitraries.longs().between(Instant.parse("0001-01-01T00:00:00Z").getEpochSecond(),
                        Instant.parse("9999-12-31T23:59:59Z").getEpochSecond()).map(Instant::ofEpochSecond)
                        .sampleStream().limit(SAMPLES)).forEach(at -> {
            IncidentReport report = IncidentFixture.overdose(at);
            run.attempt(at, () -> {
                Incident saved = service.report(seed.siteId(), report);
                Incident back = service.get(seed.siteId(), saved.getId()).incident();
                assertThat(back.getOccurredAt()).isEqualTo(at);
                assertThat(validator.validate(IncidentReport.of(back))).isEmpty();
            });
        });
        run.assertAllHandled();
    }

    @Test
    void vitals_doses_and_notes_out_of_range_are_refused_at_their_field() {
        long id = service.report(seed.siteId(), IncidentFixture.overdose(clock.instant().minusSeconds(600))).getId();
        Instant at = clock.instant().minusSeconds(300);
        BadValues.ints(SAMPLES).forEach(n -> {
            run.attempt("vitals " + n, () -> {
                ResponseStep step = service.addStep(seed.siteId(), id, StepInput.vitals(at, n, n, n));
                assertThat(back(id, step.getId()).getRespiratoryRate()).isEqualTo(n);
            });
            run.attempt("dose " + n, () -> {
                BigDecimal dose = BigDecimal.valueOf(n).movePointLeft(2);
                ResponseStep step = service.addStep(seed.siteId(), id, StepInput.naloxone(at, dose, NaloxoneRoute.IM));
                assertThat(back(id, step.getId()).getNaloxoneDoseMg()).isEqualByComparingTo(dose);
            });
        });
        BadValues.strings(ResponseStep.NOTE_MAX, SAMPLES).forEach(note -> run.attempt(note, () -> {
            ResponseStep step = service.addStep(seed.siteId(), id,
                    new StepInput(ResponseStepKind.RECOGNISED, at, null, null, null, null, null, null, note));
            String read = back(id, step.getId()).getNote();
            assertThat(read).isEqualTo(note.isBlank() ? null : note);
            BadInputRun.assertPlain(read, false);
        }));
        run.assertAllHandled();
    }

    @Test
    void follow_up_texts_and_due_dates_of_any_kind_are_stored_valid_or_refused_clearly() {
        long id = service.report(seed.siteId(), IncidentFixture.overdose(clock.instant().minusSeconds(600))).getId();
        TestUsers.signIn(seed.supervisor());
        service.startReview(seed.siteId(), id, seed.supervisorId());
        LocalDate today = LocalDate.now(clock);
        BadValues.strings(FollowUpAction.TEXT_MAX, SAMPLES).forEach(text -> run.attempt(text, () -> {
            FollowUpAction a = service.addAction(seed.siteId(), id, text, seed.staffId(), today.plusDays(7));
            FollowUpAction read = action(id, a.getId());
            assertThat(read.getText()).isEqualTo(text.strip());
            BadInputRun.assertPlain(read.getText(), false);
        }));
        BadValues.dates(SAMPLES).forEach(due -> run.attempt(due, () -> {
            FollowUpAction a = service.addAction(seed.siteId(), id, "Check the mirror", seed.staffId(), due);
            assertThat(action(id, a.getId()).getDueDate()).isEqualTo(due);
        }));
        run.assertAllHandled();
    }

    private ResponseStep back(long incidentId, long stepId) {
        return service.get(seed.siteId(), incidentId).steps().stream().filter(s -> s.getId() == stepId).findFirst()
                .orElseThrow();
    }

    private FollowUpAction action(long incidentId, long actionId) {
        return service.get(seed.siteId(), incidentId).actions().stream().filter(a -> a.getId() == actionId).findFirst()
                .orElseThrow();
    }
}

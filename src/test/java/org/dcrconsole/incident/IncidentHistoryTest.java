package org.dcrconsole.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import org.dcrconsole.DcrSpringBootTest;
import org.dcrconsole.TestUsers;
import org.dcrconsole.security.UserService;
import org.dcrconsole.site.SiteService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The incident history from Envers: who changed what, from which value to which; read-only. */
@DcrSpringBootTest
class IncidentHistoryTest {

    @Autowired
    IncidentService service;
    @Autowired
    SiteService siteService;
    @Autowired
    UserService userService;
    @Autowired
    Clock clock;

    IncidentFixture.Seed seed;

    @BeforeEach
    void seed() {
        seed = new IncidentFixture(siteService, userService).seed("hist");
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void a_change_by_one_user_then_another_shows_both_with_old_and_new_values() {
        Instant at = clock.instant().minus(Duration.ofMinutes(20)).truncatedTo(ChronoUnit.SECONDS);
        TestUsers.signIn(seed.staff());
        Incident incident = service.report(seed.siteId(), IncidentFixture.overdose(at));
        long id = incident.getId();

        IncidentReport edit = IncidentReport.of(incident);
        edit.setSeverity(Severity.MODERATE);
        edit.setPoliceCalled(true);
        service.updateReport(seed.siteId(), id, incident.getVersion(), edit);

        TestUsers.signIn(seed.supervisor());
        service.startReview(seed.siteId(), id, seed.supervisorId());

        List<HistoryEntry> history = service.history(seed.siteId(), id);
        assertThat(history).anySatisfy(h -> {
            assertThat(h.username()).isEqualTo(seed.staffName());
            assertThat(h.change()).isEqualTo(HistoryEntry.Change.CREATED);
            assertThat(h.field()).isEqualTo("severity");
            assertThat(h.newValue()).isEqualTo(Severity.SEVERE);
        });
        assertThat(history).anySatisfy(h -> {
            assertThat(h.username()).isEqualTo(seed.staffName());
            assertThat(h.change()).isEqualTo(HistoryEntry.Change.CHANGED);
            assertThat(h.field()).isEqualTo("severity");
            assertThat(h.oldValue()).isEqualTo(Severity.SEVERE);
            assertThat(h.newValue()).isEqualTo(Severity.MODERATE);
        });
        assertThat(history).anySatisfy(h -> {
            assertThat(h.username()).isEqualTo(seed.supervisorName());
            assertThat(h.field()).isEqualTo("state");
            assertThat(h.oldValue()).isEqualTo(IncidentState.REPORTED);
            assertThat(h.newValue()).isEqualTo(IncidentState.UNDER_REVIEW);
        });
        assertThat(history).anySatisfy(h -> {
            assertThat(h.username()).isEqualTo(seed.supervisorName());
            assertThat(h.field()).isEqualTo("reviewerId");
            assertThat(h.oldValue()).isNull();
            assertThat(h.newValue()).isEqualTo(seed.supervisorId());
        });
        assertThat(history).as("oldest first").extracting(HistoryEntry::revision).isSorted();
        assertThat(history).filteredOn(h -> h.change() == HistoryEntry.Change.CHANGED && h.field().equals("state"))
                .as("one revision per transaction: the review start is one revision").hasSize(1);
    }

    @Test
    void step_edits_and_removals_are_in_the_history() {
        Instant at = clock.instant().minus(Duration.ofMinutes(20)).truncatedTo(ChronoUnit.SECONDS);
        TestUsers.signIn(seed.staff());
        long id = service.report(seed.siteId(), IncidentFixture.overdose(at)).getId();
        ResponseStep dose = service.addStep(seed.siteId(), id,
                StepInput.naloxone(at.plusSeconds(120), new BigDecimal("0.4"), NaloxoneRoute.IM));
        TestUsers.signIn(seed.supervisor());
        service.updateStep(seed.siteId(), id, dose.getId(),
                StepInput.naloxone(at.plusSeconds(180), new BigDecimal("0.8"), NaloxoneRoute.IM));
        service.removeStep(seed.siteId(), id, dose.getId());

        List<HistoryEntry> steps = service.history(seed.siteId(), id).stream()
                .filter(h -> h.subject().equals("step")).toList();
        assertThat(steps).anySatisfy(h -> {
            assertThat(h.field()).isEqualTo("at");
            assertThat(h.oldValue()).isEqualTo(at.plusSeconds(120));
            assertThat(h.newValue()).isEqualTo(at.plusSeconds(180));
            assertThat(h.username()).isEqualTo(seed.supervisorName());
        });
        assertThat(steps).anySatisfy(h -> {
            assertThat(h.field()).isEqualTo("naloxoneDoseMg");
            assertThat((BigDecimal) h.oldValue()).isEqualByComparingTo("0.4");
            assertThat((BigDecimal) h.newValue()).isEqualByComparingTo("0.8");
        });
        assertThat(steps).anySatisfy(h -> assertThat(h.change()).isEqualTo(HistoryEntry.Change.REMOVED));
    }

    @Test
    void the_history_cannot_be_changed_through_the_service() {
        Instant at = clock.instant().minus(Duration.ofMinutes(20));
        TestUsers.signIn(seed.staff());
        Incident incident = service.report(seed.siteId(), IncidentFixture.overdose(at));
        List<HistoryEntry> before = service.history(seed.siteId(), incident.getId());

        assertThatThrownBy(() -> before.clear()).isInstanceOf(UnsupportedOperationException.class);
        IncidentReport edit = IncidentReport.of(incident);
        edit.setDescription("Corrected description.");
        service.updateReport(seed.siteId(), incident.getId(), incident.getVersion(), edit);
        List<HistoryEntry> after = service.history(seed.siteId(), incident.getId());
        assertThat(after).startsWith(before.toArray(HistoryEntry[]::new));
        assertThat(after).hasSizeGreaterThan(before.size());

        // The service's only door to the audit tables is history(): no method takes or writes a
        // revision or a history entry.
        List<Method> touchingHistory = Arrays.stream(IncidentService.class.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers()))
                .filter(m -> Arrays.stream(m.getParameterTypes()).anyMatch(IncidentHistoryTest::isHistoryType)
                        || isHistoryType(m.getReturnType()) && !m.getName().equals("history")
                        || m.getName().toLowerCase().contains("revision")
                        || m.getName().toLowerCase().contains("history") && !m.getName().equals("history"))
                .toList();
        assertThat(touchingHistory).isEmpty();
        assertThat(Arrays.stream(IncidentRevision.class.getMethods()).map(Method::getName))
                .as("a revision offers no public setter").noneMatch(n -> n.startsWith("set"));
    }

    private static boolean isHistoryType(Class<?> type) {
        return type == HistoryEntry.class || type == IncidentRevision.class;
    }
}

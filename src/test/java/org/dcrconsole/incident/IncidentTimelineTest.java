package org.dcrconsole.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.dcrconsole.DcrSpringBootTest;
import org.dcrconsole.TestUsers;
import org.dcrconsole.base.BusinessException;
import org.dcrconsole.security.UserService;
import org.dcrconsole.site.SiteService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The emergency response timeline: order, corrections of times, doses, vitals, the prompts. */
@DcrSpringBootTest
class IncidentTimelineTest {

    @Autowired
    IncidentService service;
    @Autowired
    SiteService siteService;
    @Autowired
    UserService userService;
    @Autowired
    Clock clock;

    IncidentFixture.Seed seed;
    long incidentId;
    Instant t0;

    @BeforeEach
    void seed() {
        seed = new IncidentFixture(siteService, userService).seed("tl");
        TestUsers.signIn(seed.staff());
        t0 = clock.instant().minus(Duration.ofMinutes(30)).truncatedTo(ChronoUnit.SECONDS);
        incidentId = service.report(seed.siteId(), IncidentFixture.overdose(t0)).getId();
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    private Instant min(int m) {
        return t0.plus(Duration.ofMinutes(m));
    }

    private List<ResponseStep> steps() {
        return service.get(seed.siteId(), incidentId).steps();
    }

    @Test
    void steps_come_back_in_time_order_whatever_order_they_were_entered() {
        service.addStep(seed.siteId(), incidentId, StepInput.of(ResponseStepKind.OXYGEN, min(1)));
        service.addStep(seed.siteId(), incidentId, StepInput.of(ResponseStepKind.RECOGNISED, min(0)));
        service.addStep(seed.siteId(), incidentId, StepInput.naloxone(min(3), new BigDecimal("0.4"), NaloxoneRoute.IM));
        service.addStep(seed.siteId(), incidentId, StepInput.of(ResponseStepKind.AMBULANCE_CALLED, min(2)));
        assertThat(steps()).extracting(ResponseStep::getKind).containsExactly(ResponseStepKind.RECOGNISED,
                ResponseStepKind.OXYGEN, ResponseStepKind.AMBULANCE_CALLED, ResponseStepKind.NALOXONE);
    }

    @Test
    void a_stamped_time_can_be_corrected_and_the_order_follows() {
        service.addStep(seed.siteId(), incidentId, StepInput.of(ResponseStepKind.RECOGNISED, min(0)));
        ResponseStep oxygen = service.addStep(seed.siteId(), incidentId, StepInput.of(ResponseStepKind.OXYGEN, min(5)));
        service.addStep(seed.siteId(), incidentId, StepInput.of(ResponseStepKind.BAG_VALVE_MASK, min(3)));

        service.updateStep(seed.siteId(), incidentId, oxygen.getId(), StepInput.of(ResponseStepKind.OXYGEN, min(1)));
        List<ResponseStep> steps = steps();
        assertThat(steps).extracting(ResponseStep::getKind).containsExactly(ResponseStepKind.RECOGNISED,
                ResponseStepKind.OXYGEN, ResponseStepKind.BAG_VALVE_MASK);
        assertThat(steps.get(1).getAt()).isEqualTo(min(1));
    }

    @Test
    void the_kind_of_a_step_cannot_be_changed_by_an_edit() {
        ResponseStep oxygen = service.addStep(seed.siteId(), incidentId, StepInput.of(ResponseStepKind.OXYGEN, min(1)));
        assertThatThrownBy(() -> service.updateStep(seed.siteId(), incidentId, oxygen.getId(),
                StepInput.of(ResponseStepKind.CPR, min(1)))).isInstanceOf(BusinessException.class);
    }

    @Test
    void a_naloxone_dose_needs_a_dose_and_a_route_within_limits() {
        assertThatThrownBy(() -> service.addStep(seed.siteId(), incidentId,
                new StepInput(ResponseStepKind.NALOXONE, min(1), null, NaloxoneRoute.IM, null, null, null, null, null)))
                .isInstanceOf(BusinessException.class);
        assertThatThrownBy(() -> service.addStep(seed.siteId(), incidentId,
                StepInput.naloxone(min(1), new BigDecimal("40"), NaloxoneRoute.IM))).isInstanceOf(BusinessException.class);
        ResponseStep dose = service.addStep(seed.siteId(), incidentId,
                StepInput.naloxone(min(1), new BigDecimal("0.8"), NaloxoneRoute.IN));
        assertThat(dose.getNaloxoneDoseMg()).isEqualByComparingTo("0.8");
        assertThat(dose.getNaloxoneRoute()).isEqualTo(NaloxoneRoute.IN);
    }

    @Test
    void vitals_are_kept_with_any_step_and_checked_for_range() {
        ResponseStep s = service.addStep(seed.siteId(), incidentId,
                StepInput.of(ResponseStepKind.OXYGEN, min(1)).withVitals(6, 86, 7));
        assertThat(s.getRespiratoryRate()).isEqualTo(6);
        assertThat(s.getSpo2()).isEqualTo(86);
        assertThat(s.getGcs()).isEqualTo(7);
        assertThatThrownBy(() -> service.addStep(seed.siteId(), incidentId,
                StepInput.vitals(min(2), null, 120, null))).isInstanceOf(BusinessException.class);
        assertThatThrownBy(() -> service.addStep(seed.siteId(), incidentId,
                StepInput.vitals(min(2), null, null, 2))).isInstanceOf(BusinessException.class);
    }

    @Test
    void a_step_cannot_be_stamped_in_the_future() {
        assertThatThrownBy(() -> service.addStep(seed.siteId(), incidentId,
                StepInput.of(ResponseStepKind.CPR, clock.instant().plus(Duration.ofHours(1)))))
                .isInstanceOf(BusinessException.class);
    }

    @Test
    void the_stored_timeline_drives_the_ten_minute_rescue_prompt() {
        service.addStep(seed.siteId(), incidentId, StepInput.of(ResponseStepKind.RECOGNISED, min(0)));
        service.addStep(seed.siteId(), incidentId, StepInput.of(ResponseStepKind.OXYGEN, min(0)));
        ResponseStep dose = service.addStep(seed.siteId(), incidentId,
                StepInput.naloxone(min(2), new BigDecimal("0.4"), NaloxoneRoute.IM).withVitals(6, 85, 8));
        service.addStep(seed.siteId(), incidentId, StepInput.vitals(min(9), 8, 91, 10));
        List<ProtocolPrompts.StepFact> facts = steps().stream().map(ProtocolPrompts.StepFact::of).toList();
        assertThat(ProtocolPrompts.prompts(facts, min(11))).isEmpty();
        assertThat(ProtocolPrompts.prompts(facts, min(12))).containsExactly(ProtocolPrompts.Prompt.RESCUE_DOSE_DUE);

        // Correcting the dose's time moves the prompt with it.
        service.updateStep(seed.siteId(), incidentId, dose.getId(),
                StepInput.naloxone(min(4), new BigDecimal("0.4"), NaloxoneRoute.IM).withVitals(6, 85, 8));
        facts = steps().stream().map(ProtocolPrompts.StepFact::of).toList();
        assertThat(ProtocolPrompts.prompts(facts, min(12))).isEmpty();
        assertThat(ProtocolPrompts.prompts(facts, min(14))).containsExactly(ProtocolPrompts.Prompt.RESCUE_DOSE_DUE);
    }

    @Test
    void a_mistaken_step_can_be_removed() {
        ResponseStep cpr = service.addStep(seed.siteId(), incidentId, StepInput.of(ResponseStepKind.CPR, min(1)));
        service.removeStep(seed.siteId(), incidentId, cpr.getId());
        assertThat(steps()).isEmpty();
    }

    @Test
    void dashboard_counts_emergencies_naloxone_ambulances_and_deaths() {
        Instant from = t0.minus(Duration.ofHours(1));
        Instant to = clock.instant().plus(Duration.ofMinutes(5));
        service.addStep(seed.siteId(), incidentId, StepInput.naloxone(min(1), new BigDecimal("0.4"), NaloxoneRoute.IM));
        service.addStep(seed.siteId(), incidentId, StepInput.naloxone(min(11), new BigDecimal("0.4"), NaloxoneRoute.IM));
        service.addStep(seed.siteId(), incidentId, StepInput.of(ResponseStepKind.AMBULANCE_CALLED, min(2)));
        IncidentReport death = new IncidentReport(min(5), IncidentType.OTHER_MEDICAL, Severity.DEATH, "Cardiac arrest.");
        service.report(seed.siteId(), death);
        IncidentReport theft = new IncidentReport(min(6), IncidentType.THEFT, Severity.NONE, "Bag taken from locker.");
        service.report(seed.siteId(), theft);
        IncidentReport earlier = new IncidentReport(t0.minus(Duration.ofDays(3)), IncidentType.OPIOID_OVERDOSE,
                Severity.MODERATE, "Outside the period.");
        service.report(seed.siteId(), earlier);

        IncidentCounts counts = service.counts(seed.siteId(), from, to);
        assertThat(counts.emergencies()).isEqualTo(2);
        assertThat(counts.naloxoneAdministrations()).isEqualTo(2);
        assertThat(counts.ambulanceCalls()).isEqualTo(1);
        assertThat(counts.deaths()).isEqualTo(1);
        assertThat(counts.overdosesWithNaloxone()).isEqualTo(1);
    }
}

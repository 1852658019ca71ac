package org.dcrconsole.drugcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.dcrconsole.BadInputRun;
import org.dcrconsole.BadValues;
import org.dcrconsole.DcrSpringBootTest;
import org.dcrconsole.TestUsers;
import org.dcrconsole.booth.AlertSeverity;
import org.dcrconsole.booth.BoardService;
import org.dcrconsole.booth.BoothFixture;
import org.dcrconsole.booth.BoothFixture.TestSite;
import org.dcrconsole.booth.CheckInResult;
import org.dcrconsole.booth.ClientFlagEntry;
import org.dcrconsole.booth.ClientService;
import org.dcrconsole.naloxone.NaloxoneService;
import org.dcrconsole.naloxone.ReversalOutcome;
import org.dcrconsole.security.Role;
import org.dcrconsole.site.BoothKind;
import org.dcrconsole.site.SiteService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Typed text and dates of the features beyond the booth (alert text, safety flags, result and
 * reversal days), with generated bad values: each is stored as plain text or refused clearly.
 */
@DcrSpringBootTest
@Tag("db")
class BeyondBadInputTest {

    private static final int SAMPLES = 80;

    @Autowired
    DrugCheckService drugChecks;
    @Autowired
    ClientService clients;
    @Autowired
    NaloxoneService naloxone;
    @Autowired
    BoardService board;
    @Autowired
    SiteService siteService;
    @Autowired
    JdbcTemplate jdbc;

    final BadInputRun run = new BadInputRun();
    TestSite site;
    long clientId;

    @BeforeEach
    void seed() {
        site = BoothFixture.site(siteService, BoothKind.INJECTION);
        TestUsers.signIn("supervisor-" + site.id(), List.of(site.id()), Role.SUPERVISOR);
        String code = BoothFixture.newCode();
        ((CheckInResult.Admitted) board.checkIn(site.id(), BoothFixture.injection(code, site.booth(0)))).visit();
        clientId = clients.list(site.id(), code, PageRequest.of(0, 1)).getContent().getFirst().id();
    }

    @AfterEach
    void signOutAndEndAlerts() {
        TestUsers.signOut();
        jdbc.update("UPDATE drug_alert SET ended_at = CURRENT_TIMESTAMP, ended_by = 'test' WHERE ended_at IS NULL"
                + " AND site_id = ?", site.id());
    }

    @Test
    void alert_texts_of_any_kind_are_stored_plain_or_refused_clearly() {
        long result = drugChecks.recordResult(site.id(), new ResultInput(LocalDate.now(), SoldAs.HEROIN,
                Set.of(Found.FENTANYL), TestMethod.TEST_STRIP, null)).getId();
        BadValues.strings(DrugAlert.TEXT_MAX, SAMPLES).forEach(text -> run.attempt(text, () -> {
            long id = drugChecks.raiseAlert(site.id(), new AlertInput(text, AlertSeverity.WARNING, false,
                    Instant.now().plus(Duration.ofHours(1)), Set.of(result))).getId();
            AlertRow back = drugChecks.alerts(site.id(), PageRequest.of(0, 1)).getContent().getFirst();
            assertThat(back.id()).isEqualTo(id);
            assertThat(back.text()).isEqualTo(text.strip());
            BadInputRun.assertPlain(back.text(), true);
        }));
        run.assertAllHandled();
    }

    @Test
    void safety_flags_of_any_kind_are_stored_plain_or_refused_clearly() {
        BadValues.strings(org.dcrconsole.booth.ClientService.FLAG_TEXT_MAX, SAMPLES).forEach(text -> run.attempt(text, () -> {
            clients.addFlag(site.id(), clientId, text);
            ClientFlagEntry back = clients.flags(site.id(), clientId).getFirst();
            assertThat(back.text()).isEqualTo(text.strip());
            BadInputRun.assertPlain(back.text(), false);
        }));
        run.assertAllHandled();
    }

    @Test
    void days_of_any_kind_for_results_and_reversals_are_stored_or_refused_clearly() {
        java.util.stream.Stream.concat(java.util.stream.Stream.of(LocalDate.now().minusDays(3)), BadValues.dates(SAMPLES))
                .forEach(day -> run.attempt(day, () -> {
            drugChecks.recordResult(site.id(), new ResultInput(day, SoldAs.COCAINE, Set.of(Found.UNKNOWN),
                    TestMethod.LAB, null));
            naloxone.reportReversal(site.id(), clientId, day, ReversalOutcome.UNKNOWN);
            assertThat(jdbc.queryForObject("SELECT used_on FROM naloxone_reversal WHERE client_id = ? ORDER BY id DESC"
                    + " FETCH FIRST 1 ROWS ONLY", LocalDate.class, clientId)).isEqualTo(day);
        }));
        run.assertAllHandled();
    }
}

package org.dcrconsole.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import org.dcrconsole.DcrSpringBootTest;
import org.dcrconsole.TestUsers;
import org.dcrconsole.base.BusinessException;
import org.dcrconsole.booth.ClientService;
import org.dcrconsole.security.UserService;
import org.dcrconsole.site.SiteService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An incident names its client only by an alias of the site's register, and its free texts refuse
 * anything in the client-code format, so no code reaches the incident, its history or the PDF.
 */
@DcrSpringBootTest
@Tag("db")
class IncidentClientAliasTest {

    @Autowired
    IncidentService service;
    @Autowired
    ClientService clients;
    @Autowired
    SiteService siteService;
    @Autowired
    UserService userService;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    IncidentFixture.Seed seed;
    IncidentFixture.Seed other;

    @BeforeEach
    void seed() {
        seed = new IncidentFixture(siteService, userService).seed("alias");
        other = new IncidentFixture(siteService, userService).seed("alias-other");
        client(seed.siteId(), "K7Q-X2M");
        client(seed.siteId(), "K7R-AAA");
        client(other.siteId(), "ZZZ-111");
        TestUsers.signIn(seed.staff());
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    private void client(long siteId, String alias) {
        jdbc.update("INSERT INTO client (site_id, code_hash, alias, sex, birth_year, eligibility_confirmed) "
                + "VALUES (?, ?, ?, 'FEMALE', 1990, TRUE)", siteId, "alias-test-" + siteId + alias, alias);
    }

    private IncidentReport report(String alias) {
        IncidentReport r = IncidentFixture.overdose(clock.instant().minusSeconds(120));
        r.setClientAlias(alias);
        return r;
    }

    @Test
    void an_alias_of_the_sites_register_is_kept_and_no_alias_is_fine() {
        assertThat(service.report(seed.siteId(), report("K7Q-X2M")).getClientAlias()).isEqualTo("K7Q-X2M");
        assertThat(service.report(seed.siteId(), report(null)).getClientAlias()).isNull();
    }

    @Test
    void a_typed_name_a_code_or_another_sites_alias_is_refused_at_the_alias_field() {
        for (String typed : new String[] {"Peter Miller", "MAMU-F-1985", "ZZZ-111"}) {
            assertThatThrownBy(() -> service.report(seed.siteId(), report(typed))).as(typed)
                    .isInstanceOfSatisfying(BusinessException.class, e -> {
                        assertThat(e.field()).isEqualTo("clientAlias");
                        assertThat(e.messageKey()).isEqualTo("incident.error.aliasUnknown");
                    });
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM incident WHERE site_id = ?", Long.class, seed.siteId()))
                .isZero();
    }

    @Test
    void the_alias_picker_lists_the_sites_aliases_by_prefix_and_no_other_sites() {
        assertThat(clients.aliases(seed.siteId(), "k7", PageRequest.of(0, 10))).containsExactly("K7Q-X2M", "K7R-AAA");
        assertThat(clients.aliases(seed.siteId(), "", PageRequest.of(0, 10))).doesNotContain("ZZZ-111");
    }

    @Test
    void a_client_code_in_the_description_or_the_staff_field_is_refused_at_that_field() {
        IncidentReport r = report(null);
        r.setDescription("Client mamu f 1985 collapsed in the booth.");
        assertThatThrownBy(() -> service.report(seed.siteId(), r))
                .isInstanceOfSatisfying(BusinessException.class, e -> {
                    assertThat(e.field()).isEqualTo("description");
                    assertThat(e.messageKey()).isEqualTo("incident.error.clientCode");
                });
        IncidentReport s = report(null);
        s.setStaffInvolved("AB, MAMU-F-1985");
        assertThatThrownBy(() -> service.report(seed.siteId(), s))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.field()).isEqualTo("staffInvolved"));
    }

    @Test
    void a_client_code_in_a_step_note_the_findings_or_an_action_is_refused() {
        long id = service.report(seed.siteId(), report(null)).getId();
        assertThatThrownBy(() -> service.addStep(seed.siteId(), id,
                new StepInput(ResponseStepKind.RECOGNISED, clock.instant().minusSeconds(60), null, null, null, null, null,
                        null, "was MaMu.M.1970")))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.field()).isEqualTo("note"));

        TestUsers.signIn(seed.supervisor());
        service.startReview(seed.siteId(), id, seed.supervisorId());
        long version = service.get(seed.siteId(), id).incident().getVersion();
        assertThatThrownBy(() -> service.saveReview(seed.siteId(), id, version, "Known as ABCD-M-1979.", null))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.field()).isEqualTo("findings"));
        service.saveReview(seed.siteId(), id, version, "Response in time; naloxone after 2 minutes.", null);
        service.openActions(seed.siteId(), id);
        assertThatThrownBy(() -> service.addAction(seed.siteId(), id, "Talk to ABCD M 1979", seed.supervisorId(),
                LocalDate.now(clock).plusDays(7)))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.field()).isEqualTo("text"));
    }
}

package org.dcrconsole.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.Validator;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import org.dcrconsole.BadInputRun;
import org.dcrconsole.BadValues;
import org.dcrconsole.DcrSpringBootTest;
import org.dcrconsole.TestUsers;
import org.dcrconsole.security.Role;
import org.dcrconsole.security.UserService;
import org.dcrconsole.site.SiteService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Bad input fed to the services behind the staff and shift forms: every value is stored and
 * reads back valid and unchanged, or is refused clearly.
 */
@DcrSpringBootTest
@Tag("db")
class RosterBadInputTest {

    private static final int SAMPLES = 120;
    private static final Instant FIRST = Instant.parse("0001-01-01T00:00:00Z");
    private static final Instant LAST = Instant.parse("9999-12-31T00:00:00Z");

    @Autowired
    StaffService staffService;
    @Autowired
    RosterService rosterService;
    @Autowired
    SiteService siteService;
    @Autowired
    UserService userService;
    @Autowired
    Validator validator;

    long siteId;
    final BadInputRun run = new BadInputRun();

    @BeforeEach
    void seed() {
        siteId = new RosterFixture(siteService, staffService, userService).site(1);
        TestUsers.signIn("bad-manager-" + siteId, List.of(siteId), Role.MANAGER);
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void staff_names_of_any_kind_are_stored_valid_or_refused_clearly() {
        BadValues.strings(StaffMember.NAME_MAX, SAMPLES).forEach(name -> run.attempt(name, () -> {
            StaffMember back = staffService.getForEdit(siteId, staffService.save(siteId, member(name, 30)).getId());
            assertThat(validator.validate(back)).isEmpty();
            assertThat(back.getName()).isEqualTo(name);
            BadInputRun.assertPlain(back.getName(), false);
        }));
        run.assertAllHandled();
    }

    @Test
    void contracted_hours_out_of_range_are_refused_at_their_field() {
        BadValues.ints(SAMPLES).forEach(hours -> run.attempt(hours, () -> {
            StaffMember back = staffService.getForEdit(siteId,
                    staffService.save(siteId, member("Hours " + UUID.randomUUID(), hours)).getId());
            assertThat(validator.validate(back)).isEmpty();
            assertThat(back.getContractedHours()).isEqualTo(hours);
        }));
        run.assertAllHandled();
    }

    @Test
    void shifts_at_the_edges_of_time_or_years_long_are_checked_and_stored_as_sent_or_refused() {
        long staffId = staffService.save(siteId, member("Edge " + UUID.randomUUID(), 60)).getId();
        Stream<Instant[]> edges = Stream.of(new Instant[] {FIRST, FIRST.plus(8, ChronoUnit.HOURS)},
                new Instant[] {LAST.minus(8, ChronoUnit.HOURS), LAST}, new Instant[] {FIRST, LAST},
                new Instant[] {Instant.EPOCH, Instant.EPOCH.plus(3650, ChronoUnit.DAYS)});
        Stream<Instant[]> generated = Arbitraries.longs().between(FIRST.getEpochSecond(), LAST.getEpochSecond() - 1)
                .flatMap(start -> Arbitraries.oneOf(Arbitraries.longs().between(60, 2 * 86_400),
                                Arbitraries.longs().between(60, 400L * 366 * 86_400))
                        .map(length -> new Instant[] {Instant.ofEpochSecond(start),
                                Instant.ofEpochSecond(Math.min(LAST.getEpochSecond(), start + length))}))
                .sampleStream().limit(SAMPLES);
        Stream.concat(edges, generated).forEach(times -> run.attempt(times[0] + "–" + times[1], () -> {
            PlannedShift shift = PlannedShift.draft(staffId, siteId, times[0], times[1], ShiftPosition.RECEPTION);
            rosterService.check(siteId, shift);
            PlannedShift saved = rosterService.save(siteId, shift, true);
            try {
                assertThat(saved.start()).isEqualTo(times[0]);
                assertThat(saved.end()).isEqualTo(times[1]);
            } finally {
                rosterService.delete(siteId, saved.id(), saved.version());
            }
        }));
        run.assertAllHandled();
    }

    @Test
    void a_shift_that_ends_before_it_starts_cannot_even_be_put_to_the_service() {
        Instant start = Instant.parse("2030-01-01T10:00:00Z");
        assertThatThrownBy(() -> PlannedShift.draft(1, siteId, start, start.minus(Duration.ofHours(1)),
                ShiftPosition.RECEPTION)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PlannedShift.draft(1, siteId, start, start, ShiftPosition.RECEPTION))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void absences_with_dates_at_the_edges_are_stored_as_sent_or_refused() {
        BadValues.dates(SAMPLES).forEach(day -> run.attempt(day, () -> {
            StaffMember m = member("Away " + UUID.randomUUID(), 30);
            m.getAbsences().add(new Absence(AbsenceKind.LEAVE, day, day.plusDays(day.getYear() % 2 == 0 ? -1 : 14)));
            StaffMember back = staffService.getForEdit(siteId, staffService.save(siteId, m).getId());
            assertThat(back.getAbsences()).singleElement().satisfies(a -> assertThat(a.getFirstDay()).isEqualTo(day));
        }));
        run.assertAllHandled();
    }

    private StaffMember member(String name, int hours) {
        StaffMember m = new StaffMember();
        m.setName(name);
        m.setProfession(Profession.NURSE);
        m.setContractedHours(hours);
        m.setSiteIds(Set.of(siteId));
        return m;
    }
}

package org.dcrconsole.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dcrconsole.roster.RosterFixture.at;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.dcrconsole.DcrSpringBootTest;
import org.dcrconsole.TestUsers;
import org.dcrconsole.base.BusinessException;
import org.dcrconsole.security.Role;
import org.dcrconsole.security.UserService;
import org.dcrconsole.site.SiteService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;

/** Two planners giving one person overlapping shifts at the same moment: only one may win. */
@Tag("db")
@DcrSpringBootTest
class ShiftConcurrencyTest {

    @Autowired
    RosterService roster;
    @Autowired
    StaffService staffService;
    @Autowired
    SiteService siteService;
    @Autowired
    UserService userService;

    @Test
    void two_planners_cannot_give_one_person_overlapping_shifts_at_once() throws Exception {
        RosterFixture fixture = new RosterFixture(siteService, staffService, userService);
        long site = fixture.site(1);
        StaffProfile person = fixture.staff(Set.of(site), "Rita Race", 40, null);
        LocalDate monday = RosterFixture.mondayIn(30);
        int planners = 4;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(planners);
        List<Future<Boolean>> results = new ArrayList<>();
        for (int i = 0; i < planners; i++) {
            int offset = i;
            results.add(pool.submit(() -> {
                TestUsers.signIn("planner-" + offset, List.of(site), Role.MANAGER);
                start.await();
                try {
                    roster.save(site, PlannedShift.draft(person.id(), site, at(monday, 11 + offset),
                            at(monday, 17 + offset), ShiftPosition.RECEPTION), false);
                    return true;
                } catch (BusinessException | DataAccessException e) {
                    return false;
                } finally {
                    TestUsers.signOut();
                }
            }));
        }
        start.countDown();
        int saved = 0;
        for (Future<Boolean> r : results) {
            saved += r.get(60, TimeUnit.SECONDS) ? 1 : 0;
        }
        pool.shutdown();

        assertThat(saved).isEqualTo(1);
        List<PlannedShift> shifts = RosterFixture.asManager(Set.of(site), () -> roster.week(site, monday).shifts());
        assertThat(shifts).hasSize(1);
    }
}

package org.dcrconsole.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.dcrconsole.DcrSpringBootTest;
import org.dcrconsole.TestUsers;
import org.dcrconsole.security.Role;
import org.dcrconsole.site.OpeningDay;
import org.dcrconsole.site.Site;
import org.dcrconsole.site.SiteService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The demo plans a holiday week at Central and longer hours at Riverside from next month. */
@DcrSpringBootTest
class PlanDemoDataTest {

    @Autowired PlanDemoData step;
    @Autowired SiteService siteService;
    @Autowired Clock clock;

    private long site(String name) throws Exception {
        return TestUsers.as(TestUsers.user("demo-admin", List.of(), Role.ADMIN), () -> {
            Site s = new Site();
            s.setName(name + " " + System.nanoTime());
            s.setCity("Frankfurt am Main");
            return siteService.saveSite(s).getId();
        });
    }

    @Test
    void demo_plans_a_closed_week_at_central_and_longer_hours_at_riverside() throws Exception {
        long central = site("Plan central");
        long riverside = site("Plan riverside");
        DemoContext context = new DemoContext(new DemoProperties(false, 20261129L, 60, 1.0), clock);
        context.siteIds().put(DemoContext.CENTRAL, central);
        context.siteIds().put(DemoContext.RIVERSIDE, riverside);
        LocalDate today = context.today();

        SystemUser.runAs(List.of(central, riverside), () -> {
            step.run(context);
            List<OpeningDay> plan = siteService.openingPlan(central, today, today.plusWeeks(5));
            assertThat(plan.stream().filter(d -> d.closedFor() != null)).hasSize(7)
                    .allSatisfy(d -> assertThat(d.closedFor()).isEqualTo("Team holiday week"));
            LocalDate first = today.withDayOfMonth(1).plusMonths(1);
            assertThat(siteService.openingPlan(riverside, first, first.plusDays(6)))
                    .allSatisfy(d -> assertThat(d.openHours()).isEqualTo(14.0));
        });
    }
}

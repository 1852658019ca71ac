package org.dcrconsole.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import org.dcrconsole.site.OpeningHours;
import org.dcrconsole.site.SiteClosure;
import org.dcrconsole.site.SiteHoursChange;
import org.dcrconsole.site.SiteService;
import org.springframework.stereotype.Component;

/**
 * The plan the stock forecast reads (issue 18): Central closes for a holiday week three weeks
 * from now, and Riverside opens 08:00–22:00 every day from the 1st of next month, so /reorder
 * at both sites shows forecasts that differ from plain history.
 */
@Component
class PlanDemoData implements DemoStep {

    private final SiteService siteService;

    PlanDemoData(SiteService siteService) {
        this.siteService = siteService;
    }

    @Override
    public int order() {
        return 320;
    }

    @Override
    public void run(DemoContext context) {
        LocalDate holiday = context.today().plusWeeks(3).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        SiteClosure closure = new SiteClosure(context.siteId(DemoContext.CENTRAL));
        closure.setFirstDay(holiday);
        closure.setLastDay(holiday.plusDays(6));
        closure.setReason("Team holiday week");
        siteService.saveClosure(closure);

        SiteHoursChange longer = new SiteHoursChange(context.siteId(DemoContext.RIVERSIDE));
        longer.setEffectiveFrom(context.today().with(TemporalAdjusters.firstDayOfNextMonth()));
        longer.setHours(java.util.Arrays.stream(DayOfWeek.values())
                .map(d -> new OpeningHours(d, LocalTime.of(8, 0), LocalTime.of(22, 0))).toList());
        siteService.saveHoursChange(longer);
    }
}

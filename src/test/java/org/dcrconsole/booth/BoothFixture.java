package org.dcrconsole.booth;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.dcrconsole.TestUsers;
import org.dcrconsole.security.Role;
import org.dcrconsole.site.Booth;
import org.dcrconsole.site.BoothKind;
import org.dcrconsole.site.OpeningHours;
import org.dcrconsole.site.Site;
import org.dcrconsole.site.SiteService;
import org.springframework.jdbc.core.JdbcTemplate;

/** Seeds a site of a test's own (unique name) with booths, as an administrator would. */
public final class BoothFixture {

    private static final AtomicInteger CODES = new AtomicInteger();

    private BoothFixture() {
    }

    public record TestSite(long id, List<Long> booths) {
        public long booth(int index) {
            return booths.get(index);
        }
    }

    /** A site with booths of the given kinds, labelled B1, B2, ... */
    public static TestSite site(SiteService siteService, BoothKind... kinds) {
        TestUsers.signIn("fixture-admin", List.of(), Role.ADMIN);
        try {
            Site site = new Site();
            site.setName("Booth test " + UUID.randomUUID());
            site.setCity("Testcity");
            site.setTimeZone("Europe/Berlin");
            site.setCleaningMinutes(5);
            List<OpeningHours> hours = new ArrayList<>();
            for (DayOfWeek day : DayOfWeek.values()) {
                hours.add(new OpeningHours(day, LocalTime.of(9, 0), LocalTime.of(21, 0)));
            }
            site.setOpeningHours(hours);
            site = siteService.saveSite(site);
            List<Long> booths = new ArrayList<>();
            int i = 1;
            for (BoothKind kind : kinds) {
                Booth booth = new Booth();
                booth.setSiteId(site.getId());
                booth.setLabel("B" + i++);
                booth.setKind(kind);
                booths.add(siteService.saveBooth(booth).getId());
            }
            return new TestSite(site.getId(), booths);
        } finally {
            TestUsers.signOut();
        }
    }

    /** A fresh, well-formed client code for an adult (never used before in this JVM). */
    public static String newCode() {
        int n = CODES.incrementAndGet();
        char[] letters = new char[4];
        int x = n;
        for (int i = 3; i >= 0; i--) {
            letters[i] = (char) ('A' + x % 26);
            x /= 26;
        }
        return new String(letters) + "-" + (n % 2 == 0 ? "F" : "M") + "-" + (1960 + n % 40);
    }

    public static CheckIn injection(String code, Long boothId) {
        return new CheckIn(code, Set.of(Substance.OPIOIDS), ConsumptionRoute.INJECTION, boothId, Map.of(), true);
    }

    /** Moves a visit's start back, so timers and histories can be tested without waiting. */
    public static void startedMinutesAgo(JdbcTemplate jdbc, long visitId, long minutes) {
        OffsetDateTime started = jdbc.queryForObject("SELECT started_at FROM visit WHERE id = ?", OffsetDateTime.class,
                visitId);
        jdbc.update("UPDATE visit SET started_at = ? WHERE id = ?", started.minusMinutes(minutes), visitId);
    }
}

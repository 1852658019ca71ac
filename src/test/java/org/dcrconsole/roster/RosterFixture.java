package org.dcrconsole.roster;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.dcrconsole.TestUsers;
import org.dcrconsole.security.AppUser;
import org.dcrconsole.security.Role;
import org.dcrconsole.security.SignedInUser;
import org.dcrconsole.security.UserService;
import org.dcrconsole.site.OpeningHours;
import org.dcrconsole.site.Site;
import org.dcrconsole.site.SiteService;

/** Seeds the rows a roster test asserts on: its own site, people and sign-ins, created as ADMIN or MANAGER. */
public final class RosterFixture {

    public static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private final SiteService siteService;
    private final StaffService staffService;
    private final UserService userService;

    public RosterFixture(SiteService siteService, StaffService staffService, UserService userService) {
        this.siteService = siteService;
        this.staffService = staffService;
        this.userService = userService;
    }

    /** A new site open 11:00–23:00 every day, minimum head count 1, no booths. */
    public long site(int minHeadCount) {
        return asAdmin(() -> {
            Site site = new Site();
            site.setName("Roster test " + UUID.randomUUID());
            site.setCity("Frankfurt am Main");
            site.setTimeZone(BERLIN.getId());
            site.setMinHeadCount(minHeadCount);
            List<OpeningHours> hours = new ArrayList<>();
            for (DayOfWeek d : DayOfWeek.values()) {
                hours.add(new OpeningHours(d, LocalTime.of(11, 0), LocalTime.of(23, 0)));
            }
            site.setOpeningHours(hours);
            return siteService.saveSite(site).getId();
        });
    }

    /** A sign-in stored in the database (so a staff member can link to it), returned as signed-in principal. */
    public SignedInUser user(Set<Long> siteIds, Role role) {
        return asAdmin(() -> {
            AppUser u = new AppUser();
            u.setUsername("u" + UUID.randomUUID().toString().substring(0, 12));
            u.setDisplayName("Test " + role);
            u.setRoles(EnumSet.of(role));
            u.setSiteIds(siteIds);
            AppUser saved = userService.save(u, "password-123");
            return new SignedInUser(saved.getId(), saved.getUsername(), saved.getDisplayName(), null, Set.of(role),
                    siteIds, true, null);
        });
    }

    /** A staff member of the sites, saved by a manager holding them. */
    public StaffProfile staff(Set<Long> siteIds, String name, int hours, Long userId, Qualification... q) {
        return asManager(siteIds, () -> {
            StaffMember m = new StaffMember();
            m.setName(name);
            m.setProfession(q.length > 0 && q[0] == Qualification.MEDICAL ? Profession.NURSE : Profession.SOCIAL_WORKER);
            m.setContractedHours(hours);
            m.setSiteIds(siteIds);
            m.setQualifications(q.length == 0 ? Set.of() : Set.of(q));
            m.setUserId(userId);
            return staffService.save(siteIds.iterator().next(), m).profile();
        });
    }

    /** A Monday some weeks ahead, so that a test's shifts never collide with "now". */
    public static LocalDate mondayIn(int weeks) {
        return LocalDate.now(BERLIN).plusWeeks(weeks).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    public static java.time.Instant at(LocalDate day, int hour) {
        return ZonedDateTime.of(day, LocalTime.of(hour, 0), BERLIN).toInstant();
    }

    public static <T> T asAdmin(java.util.concurrent.Callable<T> work) {
        return as(TestUsers.user("fixture-admin", List.of(), Role.ADMIN), work);
    }

    public static <T> T asManager(Set<Long> siteIds, java.util.concurrent.Callable<T> work) {
        return as(TestUsers.user("fixture-manager", siteIds, Role.MANAGER), work);
    }

    private static <T> T as(SignedInUser user, java.util.concurrent.Callable<T> work) {
        try {
            return TestUsers.as(user, work);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}

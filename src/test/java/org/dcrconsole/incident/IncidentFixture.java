package org.dcrconsole.incident;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.dcrconsole.TestUsers;
import org.dcrconsole.security.AppUser;
import org.dcrconsole.security.Role;
import org.dcrconsole.security.SignedInUser;
import org.dcrconsole.security.UserService;
import org.dcrconsole.site.Booth;
import org.dcrconsole.site.BoothKind;
import org.dcrconsole.site.Site;
import org.dcrconsole.site.SiteService;

/**
 * Seeds what an incident test needs, as ADMIN: a site of its own with a unique name, a booth,
 * and real users (a supervisor, a staff member) holding the site, then signs the admin out.
 */
public class IncidentFixture {

    private static final AtomicInteger SEQ = new AtomicInteger();

    private final SiteService siteService;
    private final UserService userService;

    public IncidentFixture(SiteService siteService, UserService userService) {
        this.siteService = siteService;
        this.userService = userService;
    }

    /** A site with one booth, a supervisor and a staff member; users are signed in by role. */
    public record Seed(long siteId, long boothId, long supervisorId, String supervisorName, long staffId,
                       String staffName) {

        public SignedInUser supervisor() {
            return new SignedInUser(supervisorId, supervisorName, "Supervisor " + supervisorName, null,
                    EnumSet.of(Role.SUPERVISOR), Set.of(siteId), true, null);
        }

        public SignedInUser staff() {
            return new SignedInUser(staffId, staffName, "Staff " + staffName, null, EnumSet.of(Role.STAFF),
                    Set.of(siteId), true, null);
        }

        public SignedInUser as(String name, Role... roles) {
            return TestUsers.user(name, List.of(siteId), roles);
        }
    }

    public Seed seed(String prefix) {
        int n = SEQ.incrementAndGet();
        String tag = prefix + "-" + n + "-" + System.nanoTime() % 100000;
        TestUsers.signIn("admin-" + tag, List.of(), Role.ADMIN);
        try {
            Site site = new Site();
            site.setName("Site " + tag);
            site.setCity("Testcity");
            site.setTimeZone("Europe/Berlin");
            site = siteService.saveSite(site);
            Booth booth = new Booth();
            booth.setSiteId(site.getId());
            booth.setLabel("I01");
            booth.setKind(BoothKind.INJECTION);
            booth = siteService.saveBooth(booth);
            String sup = ("sup-" + tag).toLowerCase();
            String staff = ("staff-" + tag).toLowerCase();
            long supId = user(sup, Role.SUPERVISOR, site.getId());
            long staffId = user(staff, Role.STAFF, site.getId());
            return new Seed(site.getId(), booth.getId(), supId, sup, staffId, staff);
        } finally {
            TestUsers.signOut();
        }
    }

    private long user(String username, Role role, long siteId) {
        AppUser u = new AppUser();
        u.setUsername(username);
        u.setDisplayName(role.name().charAt(0) + role.name().substring(1).toLowerCase() + " " + username);
        u.setRoles(EnumSet.of(role));
        u.setSiteIds(Set.of(siteId));
        return userService.save(u, "password-123").getId();
    }

    public static IncidentReport overdose(Instant at) {
        return new IncidentReport(at, IncidentType.OPIOID_OVERDOSE, Severity.SEVERE,
                "Client unresponsive in booth, pinpoint pupils, shallow breathing.");
    }
}

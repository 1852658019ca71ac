package org.dcrconsole.ops;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.dcrconsole.TestUsers;
import org.dcrconsole.security.AppUser;
import org.dcrconsole.security.Role;
import org.dcrconsole.security.SignedInUser;
import org.dcrconsole.security.UserService;
import org.dcrconsole.site.Booth;
import org.dcrconsole.site.BoothKind;
import org.dcrconsole.site.Site;
import org.dcrconsole.site.SiteService;

/** Rows the operations tests seed for themselves, each with a unique name. */
final class OpsFixtures {

    static final SignedInUser ADMIN = TestUsers.user("ops-admin", List.of(), Role.ADMIN);

    private OpsFixtures() {
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static Site newSite(SiteService sites, String prefix) throws Exception {
        Site site = new Site();
        site.setName(unique(prefix));
        site.setCity("Ops City");
        return TestUsers.as(ADMIN, () -> sites.saveSite(site));
    }

    static Booth newBooth(SiteService sites, long siteId, String label) throws Exception {
        Booth booth = new Booth();
        booth.setSiteId(siteId);
        booth.setLabel(label);
        booth.setKind(BoothKind.INJECTION);
        return TestUsers.as(ADMIN, () -> sites.saveBooth(booth));
    }

    /** A real account in the database, so sign-in goes through password checking and lockout. */
    static AppUser newUser(UserService users, String prefix, String password, Role... roles) throws Exception {
        AppUser user = new AppUser();
        user.setUsername(unique(prefix));
        user.setDisplayName("Ops Test User");
        user.setRoles(EnumSet.copyOf(List.of(roles)));
        user.setSiteIds(Set.of());
        return TestUsers.as(ADMIN, () -> users.save(user, password));
    }
}

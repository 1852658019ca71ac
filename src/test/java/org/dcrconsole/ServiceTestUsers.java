package org.dcrconsole;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.dcrconsole.security.AppUser;
import org.dcrconsole.security.Role;
import org.dcrconsole.security.UserService;
import org.dcrconsole.site.Site;
import org.dcrconsole.site.SiteService;
import org.springframework.data.domain.PageRequest;

/**
 * Users in the database for {@code @WithUserDetails} tests: one per role at site A, plus an
 * administrator who holds no site. Created once (the context is shared), looked up after that.
 */
public final class ServiceTestUsers {

    public static final String SITE_A = "Service test site A";
    public static final String SITE_B = "Service test site B";
    public static final String ADMIN = "svc-admin";
    public static final String MANAGER_A = "svc-manager-a";
    public static final String STAFF_A = "svc-staff-a";
    public static final String SUPERVISOR_A = "svc-supervisor-a";
    public static final String STOCK_A = "svc-stock-a";

    /** Ids of the two sites. */
    public record Sites(long a, long b) {
    }

    private ServiceTestUsers() {
    }

    public static synchronized Sites ensure(SiteService siteService, UserService userService) throws Exception {
        return TestUsers.as(TestUsers.user("svc-setup", List.of(), Role.ADMIN), () -> {
            long a = site(siteService, SITE_A);
            long b = site(siteService, SITE_B);
            user(userService, ADMIN, Role.ADMIN, Set.of());
            user(userService, MANAGER_A, Role.MANAGER, Set.of(a));
            user(userService, STAFF_A, Role.STAFF, Set.of(a));
            user(userService, SUPERVISOR_A, Role.SUPERVISOR, Set.of(a));
            user(userService, STOCK_A, Role.STOCK_KEEPER, Set.of(a));
            return new Sites(a, b);
        });
    }

    private static long site(SiteService siteService, String name) {
        return siteService.allSites().stream().filter(s -> s.getName().equals(name)).findFirst()
                .orElseGet(() -> {
                    Site site = new Site();
                    site.setName(name);
                    site.setCity("Testhausen");
                    return siteService.saveSite(site);
                }).getId();
    }

    private static void user(UserService userService, String username, Role role, Set<Long> siteIds) {
        boolean exists = userService.list(username, PageRequest.of(0, 5)).stream()
                .anyMatch(u -> u.username().equals(username));
        if (!exists) {
            AppUser user = new AppUser();
            user.setUsername(username);
            user.setDisplayName(username);
            user.setRoles(EnumSet.of(role));
            user.setSiteIds(siteIds);
            userService.save(user, "password-" + username);
        }
    }
}

package org.dcrconsole.demo;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.dcrconsole.security.Role;
import org.dcrconsole.site.Booth;
import org.dcrconsole.site.BoothKind;
import org.dcrconsole.site.OpeningHours;
import org.dcrconsole.site.Site;
import org.dcrconsole.site.SiteService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo network of SPEC.md: "Central" (12 injection + 16 inhalation places, 11:00–23:00)
 * and "Riverside" (8 injection + 4 inhalation, 09:00–21:00), and one demo user per role whose
 * password is the user name. Demo users exist only here, in demo mode.
 */
@Component
class NetworkDemoData implements DemoStep {

    static final List<String> DEMO_USERS = List.of("admin", "manager", "stock", "supervisor", "staff", "display");

    private final SiteService siteService;
    private final JdbcTemplate jdbc;
    private final PasswordEncoder passwordEncoder;
    private final TransactionTemplate tx;

    NetworkDemoData(SiteService siteService, JdbcTemplate jdbc, PasswordEncoder passwordEncoder, TransactionTemplate tx) {
        this.siteService = siteService;
        this.jdbc = jdbc;
        this.passwordEncoder = passwordEncoder;
        this.tx = tx;
    }

    @Override
    public int order() {
        return 0;
    }

    @Override
    public void run(DemoContext context) {
        tx.executeWithoutResult(status -> {
            Site central = site(DemoContext.CENTRAL, "Frankfurt am Main", LocalTime.of(11, 0), LocalTime.of(23, 0));
            central.setMinHeadCount(4);
            central.setBoothsPerStaff(6);
            central = siteService.saveSite(central);
            Site riverside = site(DemoContext.RIVERSIDE, "Frankfurt am Main", LocalTime.of(9, 0), LocalTime.of(21, 0));
            riverside.setMinHeadCount(2);
            riverside.setBoothsPerStaff(6);
            riverside.setLimitInhalationMinutes(40);
            riverside = siteService.saveSite(riverside);
            context.siteIds().put(DemoContext.CENTRAL, central.getId());
            context.siteIds().put(DemoContext.RIVERSIDE, riverside.getId());

            // A booth takes about three visits an hour, so Central's 28 booths hold about 800 a day: at a
            // higher volume (benchmarks at a million visits a year) the rooms grow with the demand.
            int scale = boothScale(context.volume());
            booths(central.getId(), "I", 12 * scale, BoothKind.INJECTION, 2);
            booths(central.getId(), "R", 16 * scale, BoothKind.INHALATION, 1);
            booths(riverside.getId(), "I", 8 * scale, BoothKind.INJECTION, 1);
            booths(riverside.getId(), "R", 4 * scale, BoothKind.INHALATION, 1);

            user(context, "admin", "Alex Admin", Role.ADMIN);
            user(context, "manager", "Maria Manager", Role.MANAGER);
            user(context, "stock", "Sam Stock", Role.STOCK_KEEPER);
            user(context, "supervisor", "Sven Supervisor", Role.SUPERVISOR);
            user(context, "staff", "Sara Staff", Role.STAFF);
            user(context, "display", "Floor display", Role.DISPLAY);
        });
    }

    /** How many times the usual booths a site gets: one set for every three times the usual visits. */
    static int boothScale(double volume) {
        return (int) Math.max(1, Math.ceil(volume / 3));
    }

    private static Site site(String name, String city, LocalTime opens, LocalTime closes) {
        Site site = new Site();
        site.setName(name);
        site.setCity(city);
        site.setTimeZone("Europe/Berlin");
        List<OpeningHours> hours = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            hours.add(new OpeningHours(day, opens, closes));
        }
        site.setOpeningHours(hours);
        return site;
    }

    private void booths(long siteId, String prefix, int count, BoothKind kind, int wheelchair) {
        for (int i = 1; i <= count; i++) {
            Booth booth = new Booth();
            booth.setSiteId(siteId);
            booth.setLabel(prefix + "%02d".formatted(i));
            booth.setKind(kind);
            booth.setWheelchairAccessible(i <= wheelchair);
            siteService.saveBooth(booth);
        }
    }

    private void user(DemoContext context, String username, String displayName, Role role) {
        jdbc.update("INSERT INTO app_user (username, display_name, password_hash, active, created_at, created_by) "
                        + "VALUES (?, ?, ?, TRUE, CURRENT_TIMESTAMP, 'system')",
                username, displayName, passwordEncoder.encode(username));
        Long id = jdbc.queryForObject("SELECT id FROM app_user WHERE username = ?", Long.class, username);
        jdbc.update("INSERT INTO app_user_role (user_id, role) VALUES (?, ?)", id, role.name());
        for (Long siteId : context.siteIds().values()) {
            jdbc.update("INSERT INTO app_user_site (user_id, site_id) VALUES (?, ?)", id, siteId);
        }
        context.userIds().put(username, id);
    }
}

package org.dcrconsole.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.dcrconsole.DcrSpringBootTest;
import org.dcrconsole.ServiceTestUsers;
import org.dcrconsole.TestUsers;
import org.dcrconsole.base.BusinessException;
import org.dcrconsole.site.SiteService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * What an administrator may do to accounts and what each change leaves behind: no ADMIN changes
 * their own roles or sites, ADMIN never comes with a clinical or stock role, a reset password
 * must be changed by its owner, every change is in the history (never a password or hash), and
 * every password keeps to 8–72 bytes and is not a common one.
 */
@DcrSpringBootTest
class UserRulesTest {

    private static final String PASSWORD = "first-Pass-42";

    @Autowired
    UserService userService;
    @Autowired
    SiteService siteService;
    @Autowired
    UserDetailsService userDetailsService;
    @Autowired
    JdbcTemplate jdbc;

    private ServiceTestUsers.Sites sites;
    private SignedInUser admin;

    @BeforeEach
    void setUp() throws Exception {
        sites = ServiceTestUsers.ensure(siteService, userService);
        admin = newUser("admin", Set.of(), Role.ADMIN);
    }

    private SignedInUser newUser(String prefix, Set<Long> siteIds, Role... roles) throws Exception {
        AppUser user = new AppUser();
        user.setUsername(prefix + "-" + UUID.randomUUID().toString().substring(0, 8));
        user.setDisplayName("Rules " + prefix);
        user.setRoles(EnumSet.copyOf(List.of(roles)));
        user.setSiteIds(siteIds);
        TestUsers.as(TestUsers.user("rules-setup", List.of(), Role.ADMIN), () -> userService.save(user, PASSWORD));
        return (SignedInUser) userDetailsService.loadUserByUsername(user.getUsername());
    }

    private <T> T as(SignedInUser user, java.util.concurrent.Callable<T> work) throws Exception {
        return TestUsers.as(user, work);
    }

    private static void refusedAt(String field, String key, org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(BusinessException.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.messageKey()).isEqualTo(key);
        });
    }

    @Test
    void an_admin_cannot_give_themselves_a_role_or_a_site() throws Exception {
        refusedAt("roles", "useradmin.error.ownRoles", () -> as(admin, () -> {
            AppUser me = userService.get(admin.userId());
            me.setRoles(EnumSet.of(Role.ADMIN, Role.MANAGER));
            return userService.save(me, null);
        }));
        refusedAt("roles", "useradmin.error.ownRoles", () -> as(admin, () -> {
            AppUser me = userService.get(admin.userId());
            me.setRoles(EnumSet.of(Role.MANAGER));
            return userService.save(me, null);
        }));
        refusedAt("siteIds", "useradmin.error.ownSites", () -> as(admin, () -> {
            AppUser me = userService.get(admin.userId());
            me.setSiteIds(Set.of(sites.a()));
            return userService.save(me, null);
        }));
        AppUser stored = as(admin, () -> userService.get(admin.userId()));
        assertThat(stored.getRoles()).containsExactly(Role.ADMIN);
        assertThat(stored.getSiteIds()).isEmpty();

        // their own display name is theirs to change
        as(admin, () -> {
            AppUser me = userService.get(admin.userId());
            me.setDisplayName("Renamed Admin");
            return userService.save(me, null);
        });
        assertThat(as(admin, () -> userService.get(admin.userId())).getDisplayName()).isEqualTo("Renamed Admin");
    }

    @Test
    void another_admin_may_change_an_admins_sites_but_not_add_a_clinical_role() throws Exception {
        SignedInUser other = newUser("admin2", Set.of(), Role.ADMIN);
        as(other, () -> {
            AppUser target = userService.get(admin.userId());
            target.setSiteIds(Set.of(sites.a()));
            return userService.save(target, null);
        });
        assertThat(as(other, () -> userService.get(admin.userId())).getSiteIds()).containsExactly(sites.a());
        refusedAt("roles", "useradmin.error.adminWithClinicalRole", () -> as(other, () -> {
            AppUser target = userService.get(admin.userId());
            target.setRoles(EnumSet.of(Role.ADMIN, Role.MANAGER));
            return userService.save(target, null);
        }));
    }

    @Test
    void admin_is_never_combined_with_a_clinical_or_stock_role() throws Exception {
        for (Role clinical : UserService.NOT_WITH_ADMIN) {
            AppUser user = new AppUser();
            user.setUsername("mixed-" + UUID.randomUUID().toString().substring(0, 8));
            user.setDisplayName("Mixed");
            user.setRoles(EnumSet.of(Role.ADMIN, clinical));
            refusedAt("roles", "useradmin.error.adminWithClinicalRole", () -> as(admin, () -> userService.save(user,
                    PASSWORD)));
            assertThat(as(admin, () -> userService.list(user.getUsername(), PageRequest.of(0, 5)).getContent()))
                    .as("nothing saved with " + clinical).isEmpty();
        }
        assertThat(UserService.NOT_WITH_ADMIN).contains(Role.STAFF, Role.SUPERVISOR, Role.MANAGER, Role.STOCK_KEEPER);
    }

    @Test
    void a_password_set_by_an_admin_must_be_changed_at_the_next_sign_in() throws Exception {
        SignedInUser nurse = newUser("nurse", Set.of(sites.a()), Role.STAFF);
        assertThat(nurse.mustChangePassword()).as("a new account's password came from the admin").isTrue();
        as(nurse, () -> {
            userService.changeOwnPassword(PASSWORD, "nurse-own-Secret-7");
            return null;
        });
        SignedInUser after = (SignedInUser) userDetailsService.loadUserByUsername(nurse.getUsername());
        assertThat(after.mustChangePassword()).isFalse();

        as(admin, () -> {
            userService.save(userService.get(nurse.userId()), "admin-knows-This-1");
            return null;
        });
        SignedInUser reset = (SignedInUser) userDetailsService.loadUserByUsername(nurse.getUsername());
        assertThat(reset.mustChangePassword()).as("after a reset").isTrue();
    }

    @Test
    void changes_of_roles_sites_active_and_password_are_kept_in_the_history_without_any_password() throws Exception {
        SignedInUser nurse = newUser("hist", Set.of(sites.a()), Role.STAFF);
        as(admin, () -> {
            AppUser u = userService.get(nurse.userId());
            u.setRoles(EnumSet.of(Role.SUPERVISOR));
            u.setSiteIds(Set.of(sites.a(), sites.b()));
            userService.save(u, "reset-Secret-99");
            userService.setActive(nurse.userId(), false);
            return null;
        });
        List<UserChangeRow> history = as(admin, () -> userService.history(nurse.userId(), PageRequest.of(0, 50))
                .getContent());
        Map<String, List<UserChangeRow>> byField = history.stream()
                .collect(java.util.stream.Collectors.groupingBy(UserChangeRow::field));
        assertThat(byField.get("ROLES")).anySatisfy(c -> {
            assertThat(c.oldValue()).isEqualTo("STAFF");
            assertThat(c.newValue()).isEqualTo("SUPERVISOR");
            assertThat(c.changedBy()).isEqualTo(admin.getUsername());
        });
        String both = java.util.stream.Stream.of(sites.a(), sites.b()).sorted().map(String::valueOf)
                .collect(java.util.stream.Collectors.joining(", "));
        assertThat(byField.get("SITES")).anySatisfy(c -> {
            assertThat(c.oldValue()).isEqualTo(String.valueOf(sites.a()));
            assertThat(c.newValue()).isEqualTo(both);
        });
        assertThat(byField.get("ACTIVE")).anySatisfy(c -> {
            assertThat(c.oldValue()).isEqualTo("true");
            assertThat(c.newValue()).isEqualTo("false");
        });
        assertThat(byField.get("PASSWORD_RESET")).singleElement().satisfies(c -> {
            assertThat(c.oldValue()).isNull();
            assertThat(c.newValue()).isNull();
        });
        assertThat(history.getFirst().field()).as("newest first").isEqualTo("ACTIVE");

        String hash = jdbc.queryForObject("SELECT password_hash FROM app_user WHERE id = ?", String.class,
                nurse.userId());
        List<String> stored = jdbc.queryForList("SELECT CONCAT(COALESCE(old_value, ''), '|', COALESCE(new_value, ''), "
                + "'|', changed_by) FROM user_change WHERE user_id = ?", String.class, nurse.userId());
        assertThat(String.join("\n", stored)).doesNotContain("reset-Secret-99", PASSWORD, hash, "$2a$");
    }

    @Test
    void a_password_keeps_to_8_to_72_bytes_and_is_not_common() throws Exception {
        SignedInUser nurse = newUser("pw", Set.of(sites.a()), Role.STAFF);
        String current = PASSWORD;
        refusedAt("newPassword", "password.error.length", () -> as(nurse, () -> change(PASSWORD, "Short-7")));
        String umlauts = "ä".repeat(37);
        assertThat(umlauts).hasSizeLessThan(72);
        assertThat(umlauts.getBytes(StandardCharsets.UTF_8)).hasSize(74);
        refusedAt("newPassword", "password.error.length", () -> as(nurse, () -> change(PASSWORD, umlauts)));
        refusedAt("newPassword", "password.error.length", () -> as(nurse, () -> change(PASSWORD, "x".repeat(73))));
        refusedAt("newPassword", "password.error.common", () -> as(nurse, () -> change(PASSWORD, "Password123")));
        refusedAt("newPassword", "password.error.common", () -> as(nurse, () -> change(PASSWORD, "iloveyou")));
        refusedAt("currentPassword", "password.error.current", () -> as(nurse, () -> change("not-" + PASSWORD,
                "a-Good-new-one-1")));
        refusedAt("newPassword", "password.error.same", () -> as(nurse, () -> change(PASSWORD, PASSWORD)));

        String longest = "k".repeat(36) + "ü".repeat(18);
        assertThat(longest.getBytes(StandardCharsets.UTF_8)).hasSize(72);
        as(nurse, () -> change(current, longest));
        assertThat(PasswordPolicy.commonCount()).isBetween(1_000, 10_000);

        // the administrator's form keeps to the same rule
        AppUser u = as(admin, () -> userService.get(nurse.userId()));
        refusedAt("password", "password.error.length", () -> as(admin, () -> userService.save(u, "y".repeat(73))));
        refusedAt("password", "password.error.common", () -> as(admin, () -> userService.save(u, "baseball1")));
    }

    private Void change(String current, String next) {
        userService.changeOwnPassword(current, next);
        return null;
    }
}

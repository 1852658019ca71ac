package org.dcrconsole.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertAll;

import java.util.List;
import org.dcrconsole.DcrSpringBootTest;
import org.dcrconsole.ServiceTestUsers;
import org.dcrconsole.TestUsers;
import org.dcrconsole.base.BusinessException;
import org.dcrconsole.security.Role;
import org.dcrconsole.security.UserService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Who may call which method of {@link SiteService}, and site scoping: a user of site A never
 * reads site B or its booths, whatever id they pass.
 */
@DcrSpringBootTest
class SiteServiceSecurityTest {

    @Autowired
    SiteService siteService;
    @Autowired
    UserService userService;

    private ServiceTestUsers.Sites sites;
    private long boothA;
    private long boothB;

    @BeforeEach
    void createSitesUsersAndBooths() throws Exception {
        sites = ServiceTestUsers.ensure(siteService, userService);
        boothA = ensureBooth(sites.a());
        boothB = ensureBooth(sites.b());
    }

    private long ensureBooth(long siteId) throws Exception {
        return TestUsers.as(TestUsers.user("svc-setup", List.of(), Role.ADMIN), () -> siteService.boothsForEdit(siteId)
                .stream().findFirst().orElseGet(() -> {
                    Booth booth = new Booth();
                    booth.setSiteId(siteId);
                    booth.setLabel("S01");
                    return siteService.saveBooth(booth);
                }).getId());
    }

    private static Executable denied(Executable call) {
        return () -> assertThatThrownBy(call::execute).isInstanceOf(AccessDeniedException.class);
    }

    private void assertAdministrationDenied() {
        Site site = new Site();
        site.setName("Never saved");
        site.setCity("Nowhere");
        Booth booth = new Booth();
        booth.setSiteId(sites.a());
        booth.setLabel("NEVER");
        assertAll(
                denied(siteService::allSites),
                denied(siteService::siteNames),
                denied(() -> siteService.getForEdit(sites.a())),
                denied(() -> siteService.saveSite(site)),
                denied(() -> siteService.boothsForEdit(sites.a())),
                denied(() -> siteService.saveBooth(booth)));
    }

    @Test
    @WithUserDetails(value = ServiceTestUsers.MANAGER_A, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void a_manager_cannot_configure_sites() {
        assertAdministrationDenied();
    }

    @Test
    @WithUserDetails(value = ServiceTestUsers.STAFF_A, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void staff_cannot_configure_sites() {
        assertAdministrationDenied();
    }

    @Test
    @WithUserDetails(value = ServiceTestUsers.SUPERVISOR_A, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void a_supervisor_cannot_configure_sites() {
        assertAdministrationDenied();
    }

    @Test
    @WithUserDetails(value = ServiceTestUsers.STOCK_A, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void a_stock_keeper_cannot_configure_sites() {
        assertAdministrationDenied();
    }

    @Test
    @WithUserDetails(value = ServiceTestUsers.ADMIN, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void an_admin_configures_every_site() {
        assertThat(siteService.allSites()).extracting(Site::getId).contains(sites.a(), sites.b());
        assertThat(siteService.siteNames()).containsEntry(sites.b(), ServiceTestUsers.SITE_B);
        Site b = siteService.getForEdit(sites.b());
        b.setCleaningMinutes(b.getCleaningMinutes() == 5 ? 6 : 5);
        int cleaning = b.getCleaningMinutes();
        siteService.saveSite(b);
        assertThat(siteService.getForEdit(sites.b()).getCleaningMinutes()).isEqualTo(cleaning);
        assertThat(siteService.boothsForEdit(sites.b())).extracting(Booth::getId).contains(boothB);
        Booth booth = new Booth();
        booth.setSiteId(sites.b());
        booth.setLabel("A" + (System.nanoTime() % 100_000));
        assertThat(siteService.saveBooth(booth).getId()).isNotNull();
    }

    @Test
    @WithUserDetails(value = ServiceTestUsers.ADMIN, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void an_admin_reads_no_site_data_of_sites_they_do_not_hold() {
        assertThat(siteService.mySites()).isEmpty();
        assertAll(
                denied(() -> siteService.site(sites.a())),
                denied(() -> siteService.booths(sites.a())),
                denied(() -> siteService.booth(sites.a(), boothA)));
    }

    @Test
    @WithUserDetails(value = ServiceTestUsers.STAFF_A, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void staff_read_their_own_site_and_its_booths() {
        assertThat(siteService.mySites()).extracting(SiteInfo::id).containsExactly(sites.a());
        assertThat(siteService.site(sites.a()).name()).isEqualTo(ServiceTestUsers.SITE_A);
        assertThat(siteService.booths(sites.a())).extracting(BoothInfo::id).contains(boothA);
        assertThat(siteService.booth(sites.a(), boothA).siteId()).isEqualTo(sites.a());
    }

    @Test
    @WithUserDetails(value = ServiceTestUsers.STAFF_A, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void staff_of_site_a_never_read_site_b() {
        assertAll(
                denied(() -> siteService.site(sites.b())),
                denied(() -> siteService.booths(sites.b())),
                denied(() -> siteService.booth(sites.b(), boothB)),
                () -> assertThatThrownBy(() -> siteService.booth(sites.a(), boothB))
                        .as("a site-B booth asked for under site A").isInstanceOf(BusinessException.class)
                        .hasMessageStartingWith("error.notFound"));
    }

    @Test
    @WithUserDetails(value = ServiceTestUsers.MANAGER_A, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void a_manager_of_site_a_never_reads_site_b() {
        assertThat(siteService.mySites()).extracting(SiteInfo::id).containsExactly(sites.a());
        assertAll(
                denied(() -> siteService.site(sites.b())),
                denied(() -> siteService.booth(sites.b(), boothB)));
    }

    @Test
    void nobody_signed_in_reads_no_site() {
        assertThatThrownBy(() -> siteService.mySites()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }
}

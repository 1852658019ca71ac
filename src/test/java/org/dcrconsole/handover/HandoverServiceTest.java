package org.dcrconsole.handover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.dcrconsole.DcrSpringBootTest;
import org.dcrconsole.TestUsers;
import org.dcrconsole.base.BusinessException;
import org.dcrconsole.booth.BoardBroadcaster;
import org.dcrconsole.booth.BoardChange;
import org.dcrconsole.booth.BoardService;
import org.dcrconsole.booth.BoothFixture;
import org.dcrconsole.booth.BoothFixture.TestSite;
import org.dcrconsole.booth.CheckInResult;
import org.dcrconsole.incident.IncidentFixture;
import org.dcrconsole.incident.IncidentService;
import org.dcrconsole.security.Role;
import org.dcrconsole.security.SignedInUser;
import org.dcrconsole.site.BoothKind;
import org.dcrconsole.site.SiteService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** The handover log: writing, pinning until done, searching, and who may do what where. */
@DcrSpringBootTest
@Tag("db")
class HandoverServiceTest {

    @Autowired
    HandoverService handover;
    @Autowired
    SiteService siteService;
    @Autowired
    BoardService boardService;
    @Autowired
    IncidentService incidentService;
    @Autowired
    BoardBroadcaster broadcaster;
    @Autowired
    JdbcTemplate jdbc;

    TestSite site;
    TestSite other;
    SignedInUser staff;

    @BeforeEach
    void seed() {
        site = BoothFixture.site(siteService, BoothKind.INJECTION, BoothKind.INHALATION);
        other = BoothFixture.site(siteService, BoothKind.INJECTION);
        staff = TestUsers.user("handover-staff-" + site.id(), List.of(site.id()), Role.STAFF);
    }

    @Test
    void an_open_item_stays_pinned_until_someone_marks_it_done_and_says_who_and_when() throws Exception {
        HandoverRow note = as(staff, () -> handover.write(site.id(), draft("Quiet morning.", false)));
        HandoverRow item = as(staff, () -> handover.write(site.id(), draft("Sharps bin nearly full.", true)));

        HandoverPanelData before = as(staff, () -> handover.panel(site.id(), 5, 5));
        assertThat(before.pinned()).extracting(HandoverRow::id).containsExactly(item.id());
        assertThat(before.pinnedCount()).isOne();
        assertThat(before.recent()).extracting(HandoverRow::id).containsExactly(note.id());
        assertThat(item.writtenBy()).isEqualTo(staff.displayName());

        SignedInUser supervisor = TestUsers.user("handover-sup-" + site.id(), List.of(site.id()), Role.SUPERVISOR);
        HandoverRow done = as(supervisor, () -> handover.markDone(site.id(), item.id()));

        assertThat(done.pinned()).isFalse();
        assertThat(done.doneBy()).isEqualTo(supervisor.displayName());
        assertThat(done.doneAt()).isNotNull();
        assertThat(as(staff, () -> handover.panel(site.id(), 5, 5)).pinned()).isEmpty();
        assertThatThrownBy(() -> as(staff, () -> handover.markDone(site.id(), item.id())))
                .isInstanceOfSatisfying(BusinessException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("handover.error.doneAlready"));
        assertThatThrownBy(() -> as(staff, () -> handover.markDone(site.id(), note.id())))
                .isInstanceOfSatisfying(BusinessException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("handover.error.notAnOpenItem"));
    }

    @Test
    void the_board_shows_a_few_pinned_items_and_counts_the_rest() throws Exception {
        for (int i = 0; i < 7; i++) {
            String text = "Open item " + i;
            as(staff, () -> handover.write(site.id(), draft(text, true)));
        }

        HandoverPanelData panel = as(staff, () -> handover.panel(site.id(), 4, 2));

        assertThat(panel.pinned()).hasSize(4).extracting(HandoverRow::body)
                .containsExactly("Open item 6", "Open item 5", "Open item 4", "Open item 3");
        assertThat(panel.pinnedCount()).isEqualTo(7);
    }

    @Test
    void an_entry_names_a_booth_a_client_and_an_incident_of_its_own_site() throws Exception {
        long clientId = clientOf(site, site.booth(0));
        long incidentId = as(staff, () -> incidentService.report(site.id(), IncidentFixture.overdose(Instant.now()))).getId();

        HandoverRow row = as(staff, () -> handover.write(site.id(),
                new HandoverDraft("Check on this client after the overdose.", true, site.booth(1), clientId, incidentId)));

        assertThat(row.boothLabel()).isEqualTo("B2");
        assertThat(row.clientAlias()).isEqualTo(jdbc.queryForObject("SELECT alias FROM client WHERE id = ?",
                String.class, clientId));
        assertThat(row.incidentId()).isEqualTo(incidentId);
    }

    @Test
    void another_sites_booth_client_or_incident_is_refused_at_its_field_and_nothing_is_written() throws Exception {
        long foreignClient = clientOf(other, other.booth(0));
        SignedInUser otherStaff = TestUsers.user("handover-other-" + other.id(), List.of(other.id()), Role.STAFF);
        long foreignIncident = as(otherStaff, () -> incidentService.report(other.id(),
                IncidentFixture.overdose(Instant.now()))).getId();

        assertRefused(new HandoverDraft("x", false, other.booth(0), null, null), "booth", "handover.error.boothNotHere");
        assertRefused(new HandoverDraft("x", false, null, foreignClient, null), "client", "handover.error.clientNotHere");
        assertRefused(new HandoverDraft("x", false, null, null, foreignIncident), "incident",
                "handover.error.incidentNotHere");
        assertRefused(new HandoverDraft("   ", false, null, null, null), "body", "handover.error.bodyRequired");
        assertRefused(new HandoverDraft("x".repeat(HandoverEntry.BODY_MAX + 1), false, null, null, null), "body",
                "handover.error.bodyTooLong");
        assertRefused(new HandoverDraft("nul \u0000 byte", false, null, null, null), "body", "validation.plainText");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM handover_entry WHERE site_id = ?", Long.class, site.id()))
                .isZero();
    }

    @Test
    void the_log_is_searched_by_text_open_items_and_date_range_newest_first() throws Exception {
        HandoverRow fan = as(staff, () -> handover.write(site.id(), draft("Extractor fan rattles in 100% of tests", true)));
        HandoverRow fridge = as(staff, () -> handover.write(site.id(), draft("Fridge temperature logged", false)));
        HandoverRow old = as(staff, () -> handover.write(site.id(), draft("Old fan note", false)));
        jdbc.update("UPDATE handover_entry SET written_at = ? WHERE id = ?",
                java.sql.Timestamp.from(Instant.now().minus(java.time.Duration.ofDays(10))), old.id());
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Berlin"));

        assertThat(search(new HandoverFilter("FAN", false, null, null))).containsExactly(fan.id(), old.id());
        assertThat(search(new HandoverFilter("100%", false, null, null))).containsExactly(fan.id());
        assertThat(search(new HandoverFilter("_", false, null, null))).isEmpty();
        assertThat(search(new HandoverFilter(null, true, null, null))).containsExactly(fan.id());
        assertThat(search(new HandoverFilter(null, false, today.minusDays(1), today)))
                .containsExactly(fridge.id(), fan.id());
        assertThat(search(new HandoverFilter(null, false, null, today.minusDays(5)))).containsExactly(old.id());
        assertThat(as(staff, () -> handover.search(site.id(), HandoverFilter.none(), PageRequest.of(0, 2)))
                .hasNext()).isTrue();
    }

    @Test
    void writing_and_marking_done_reach_the_open_boards_of_the_site() throws Exception {
        List<BoardChange> received = new ArrayList<>();
        var registration = as(staff, () -> broadcaster.register(site.id(), received::add));
        try {
            HandoverRow item = as(staff, () -> handover.write(site.id(), draft("Pinned", true)));
            as(staff, () -> handover.markDone(site.id(), item.id()));
        } finally {
            registration.remove();
        }
        assertThat(received).extracting(BoardChange::kind)
                .containsExactly(BoardChange.Kind.HANDOVER, BoardChange.Kind.HANDOVER);
    }

    @Test
    void floor_roles_write_and_mark_done() throws Exception {
        for (Role role : List.of(Role.STAFF, Role.SUPERVISOR, Role.MANAGER)) {
            SignedInUser user = TestUsers.user("handover-" + role + "-" + site.id(), List.of(site.id()), role);
            HandoverRow row = as(user, () -> handover.write(site.id(), draft("by " + role, true)));
            assertThat(as(user, () -> handover.markDone(site.id(), row.id())).doneBy()).isEqualTo(user.displayName());
            assertThat(as(user, () -> handover.search(site.id(), HandoverFilter.none(), PageRequest.of(0, 10))))
                    .isNotEmpty();
        }
    }

    @Test
    void admin_and_stock_keeper_are_denied_everything() throws Exception {
        HandoverRow item = as(staff, () -> handover.write(site.id(), draft("Pinned", true)));
        for (Role role : List.of(Role.ADMIN, Role.STOCK_KEEPER)) {
            SignedInUser user = TestUsers.user("handover-" + role + "-" + site.id(), List.of(site.id()), role);
            assertDenied(user, () -> handover.write(site.id(), draft("no", false)));
            assertDenied(user, () -> handover.markDone(site.id(), item.id()));
            assertDenied(user, () -> handover.panel(site.id(), 4, 2));
            assertDenied(user, () -> handover.search(site.id(), HandoverFilter.none(), PageRequest.of(0, 10)));
        }
    }

    @Test
    void the_wall_display_reads_the_panel_and_nothing_else() throws Exception {
        HandoverRow item = as(staff, () -> handover.write(site.id(), draft("Pinned", true)));
        SignedInUser display = TestUsers.user("handover-wall-" + site.id(), List.of(site.id()), Role.DISPLAY);

        assertThat(as(display, () -> handover.panel(site.id(), 4, 2)).pinned()).extracting(HandoverRow::id)
                .containsExactly(item.id());
        assertDenied(display, () -> handover.write(site.id(), draft("no", false)));
        assertDenied(display, () -> handover.markDone(site.id(), item.id()));
        assertDenied(display, () -> handover.search(site.id(), HandoverFilter.none(), PageRequest.of(0, 10)));
    }

    @Test
    void another_sites_log_is_closed_and_its_entries_are_not_found() throws Exception {
        SignedInUser otherStaff = TestUsers.user("handover-other-" + other.id(), List.of(other.id()), Role.STAFF);
        HandoverRow foreign = as(otherStaff, () -> handover.write(other.id(), draft("Theirs", true)));

        assertDenied(staff, () -> handover.write(other.id(), draft("no", false)));
        assertDenied(staff, () -> handover.panel(other.id(), 4, 2));
        assertDenied(staff, () -> handover.search(other.id(), HandoverFilter.none(), PageRequest.of(0, 10)));
        assertDenied(staff, () -> handover.markDone(other.id(), foreign.id()));
        assertThatThrownBy(() -> as(staff, () -> handover.markDone(site.id(), foreign.id())))
                .isInstanceOfSatisfying(BusinessException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.notFound"));
    }

    private List<Long> search(HandoverFilter filter) throws Exception {
        return as(staff, () -> handover.search(site.id(), filter, PageRequest.of(0, 50))).map(HandoverRow::id)
                .getContent();
    }

    private void assertRefused(HandoverDraft draft, String field, String key) {
        assertThatThrownBy(() -> as(staff, () -> handover.write(site.id(), draft)))
                .isInstanceOfSatisfying(BusinessException.class, e -> {
                    assertThat(e.field()).isEqualTo(field);
                    assertThat(e.messageKey()).isEqualTo(key);
                });
    }

    private static void assertDenied(SignedInUser user, java.util.concurrent.Callable<?> call) {
        assertThatThrownBy(() -> TestUsers.as(user, call)).isInstanceOf(AccessDeniedException.class);
    }

    private long clientOf(TestSite at, long boothId) throws Exception {
        SignedInUser desk = TestUsers.user("handover-desk-" + at.id(), List.of(at.id()), Role.STAFF);
        long visit = as(desk, () -> ((CheckInResult.Admitted) boardService.checkIn(at.id(),
                BoothFixture.injection(BoothFixture.newCode(), boothId))).visit().visitId());
        return jdbc.queryForObject("SELECT client_id FROM visit WHERE id = ?", Long.class, visit);
    }

    private static HandoverDraft draft(String body, boolean open) {
        return new HandoverDraft(body, open, null, null, null);
    }

    private static <T> T as(SignedInUser user, java.util.concurrent.Callable<T> work) throws Exception {
        return TestUsers.as(user, work);
    }
}

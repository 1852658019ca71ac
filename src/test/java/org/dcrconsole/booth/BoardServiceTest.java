package org.dcrconsole.booth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dcrconsole.DcrSpringBootTest;
import org.dcrconsole.TestUsers;
import org.dcrconsole.base.BusinessException;
import org.dcrconsole.base.supply.SuppliesHandedOut;
import org.dcrconsole.base.supply.Supply;
import org.dcrconsole.booth.BoothFixture.TestSite;
import org.dcrconsole.security.Role;
import org.dcrconsole.site.BoothKind;
import org.dcrconsole.site.SiteService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionSynchronizationManager;

@DcrSpringBootTest
class BoardServiceTest {

    @Autowired
    BoardService board;
    @Autowired
    ClientService clientService;
    @Autowired
    VisitService visitService;
    @Autowired
    SiteService siteService;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ConfigurableApplicationContext ctx;

    TestSite site;
    ApplicationListener<PayloadApplicationEvent<SuppliesHandedOut>> stockListener;

    @BeforeEach
    void seed() {
        site = BoothFixture.site(siteService, BoothKind.INJECTION, BoothKind.INHALATION, BoothKind.INJECTION);
        TestUsers.signIn("staff-" + site.id(), List.of(site.id()), Role.STAFF);
    }

    @AfterEach
    void signOut() {
        if (stockListener != null) {
            ctx.removeApplicationListener(stockListener);
        }
        TestUsers.signOut();
    }

    @Test
    void staff_checks_a_client_in_and_the_booth_shows_occupied() {
        CheckInResult result = board.checkIn(site.id(), BoothFixture.injection(BoothFixture.newCode(), site.booth(0)));

        assertThat(result).isInstanceOf(CheckInResult.Admitted.class);
        VisitRef ref = ((CheckInResult.Admitted) result).visit();
        assertThat(ref.boothLabel()).isEqualTo("B1");
        Board b = board.board(site.id());
        assertThat(b.tiles().get(0).state()).isEqualTo(BoothState.OCCUPIED);
        assertThat(b.tiles().get(0).visit().alias()).isEqualTo(ref.clientAlias());
        assertThat(b.summary()).isEqualTo(new BoardSummary(2, 1, 0, 0, 0));
        assertThat(board.summary(site.id())).isEqualTo(b.summary());
    }

    @Test
    void the_same_code_typed_differently_finds_the_same_client_and_the_code_is_never_stored() {
        String code = BoothFixture.newCode();
        VisitRef first = admitted(board.checkIn(site.id(), BoothFixture.injection(code, site.booth(0))));
        board.checkOut(site.id(), first.visitId(), new CheckOut(1, false, Set.of()));

        String retyped = "  " + code.toLowerCase().replace("-", " ") + " ";
        ClientStatus status = board.lookup(site.id(), retyped);

        assertThat(status.known()).isTrue();
        assertThat(status.alias()).isEqualTo(first.clientAlias());
        String normalised = code.replace("-", "");
        List<Map<String, Object>> rows = jdbc.queryForList("SELECT * FROM client WHERE site_id = ?", site.id());
        assertThat(rows).hasSize(1);
        assertThat(rows.getFirst().values()).noneMatch(v -> v != null && (v.toString().contains(normalised)
                || v.toString().contains(code)));
        assertThat(rows.getFirst().get("CODE_HASH").toString()).hasSize(64);
    }

    @Test
    void supplies_are_kept_on_the_visit_and_published_inside_the_check_in_transaction() {
        List<SuppliesHandedOut> seen = new ArrayList<>();
        List<Boolean> inTransaction = new ArrayList<>();
        stockListener = e -> {
            if (e.getPayload().siteId() == site.id()) {
                seen.add(e.getPayload());
                inTransaction.add(TransactionSynchronizationManager.isActualTransactionActive());
            }
        };
        ctx.addApplicationListener(stockListener);

        VisitRef ref = admitted(board.checkIn(site.id(), new CheckIn(BoothFixture.newCode(), Set.of(Substance.OPIOIDS),
                ConsumptionRoute.INJECTION, site.booth(0), Map.of(Supply.SYRINGE_2ML, 2, Supply.FILTER, 1, Supply.FOIL, 0),
                true)));

        assertThat(seen).singleElement().satisfies(e -> {
            assertThat(e.visitId()).isEqualTo(ref.visitId());
            assertThat(e.quantities()).isEqualTo(Map.of(Supply.SYRINGE_2ML, 2, Supply.FILTER, 1));
        });
        assertThat(inTransaction).containsExactly(true);
        assertThat(jdbc.queryForList("SELECT supply, quantity FROM visit_supply WHERE visit_id = ? ORDER BY supply",
                ref.visitId())).extracting(r -> r.get("SUPPLY") + "=" + r.get("QUANTITY"))
                .containsExactly("FILTER=1", "SYRINGE_2ML=2");
    }

    @Test
    void a_stock_refusal_rolls_back_the_whole_check_in() {
        stockListener = e -> {
            if (e.getPayload().siteId() == site.id()) {
                throw new BusinessException(null, "stock.error.insufficient", "Syringes");
            }
        };
        ctx.addApplicationListener(stockListener);
        String code = BoothFixture.newCode();

        assertThatThrownBy(() -> board.checkIn(site.id(), new CheckIn(code, Set.of(Substance.OPIOIDS),
                ConsumptionRoute.INJECTION, site.booth(0), Map.of(Supply.SYRINGE_2ML, 2), true)))
                .isInstanceOf(BusinessException.class)
                .extracting(e -> ((BusinessException) e).messageKey()).isEqualTo("stock.error.insufficient");

        assertThat(count("SELECT COUNT(*) FROM visit WHERE site_id = ?")).isZero();
        assertThat(count("SELECT COUNT(*) FROM client WHERE site_id = ?")).isZero();
        assertThat(board.board(site.id()).summary().occupied()).isZero();
    }

    @Test
    void a_banned_client_is_refused_and_the_refusal_is_recorded() {
        String code = BoothFixture.newCode();
        VisitRef first = admitted(board.checkIn(site.id(), BoothFixture.injection(code, site.booth(0))));
        board.checkOut(site.id(), first.visitId(), new CheckOut(0, false, Set.of()));
        long clientId = jdbc.queryForObject("SELECT client_id FROM visit WHERE id = ?", Long.class, first.visitId());
        asSupervisor(() -> clientService.ban(site.id(), clientId, "Violence against staff",
                java.time.LocalDate.now().plusDays(30)));

        CheckInResult result = board.checkIn(site.id(), BoothFixture.injection(code, site.booth(1 + 1)));

        assertThat(result).isEqualTo(new CheckInResult.Refused(RefusalReason.BANNED, first.clientAlias()));
        assertThat(jdbc.queryForList("SELECT reason, client_id FROM admission_refusal WHERE site_id = ?", site.id()))
                .singleElement().satisfies(r -> {
                    assertThat(r.get("REASON")).isEqualTo("BANNED");
                    assertThat(((Number) r.get("CLIENT_ID")).longValue()).isEqualTo(clientId);
                });
        assertThat(board.board(site.id()).summary().occupied()).isZero();
    }

    @Test
    void an_under_age_client_is_refused_without_being_registered() {
        int year = java.time.Year.now().getValue() - 16;
        CheckInResult result = board.checkIn(site.id(), BoothFixture.injection("KIDS-M-" + year, site.booth(0)));

        assertThat(result).isInstanceOf(CheckInResult.Refused.class);
        assertThat(((CheckInResult.Refused) result).reason()).isEqualTo(RefusalReason.UNDER_AGE);
        assertThat(count("SELECT COUNT(*) FROM client WHERE site_id = ?")).isZero();
        assertThat(count("SELECT COUNT(*) FROM admission_refusal WHERE site_id = ? AND reason = 'UNDER_AGE'")).isOne();
    }

    @Test
    void a_new_client_is_admitted_only_once_eligibility_is_confirmed() {
        String code = BoothFixture.newCode();
        CheckIn unconfirmed = new CheckIn(code, Set.of(Substance.CRACK), ConsumptionRoute.INHALATION, site.booth(1),
                Map.of(), false);

        assertThatThrownBy(() -> board.checkIn(site.id(), unconfirmed))
                .isInstanceOf(BusinessException.class)
                .extracting(e -> ((BusinessException) e).messageKey()).isEqualTo("checkin.error.notEligible");
        assertThat(count("SELECT COUNT(*) FROM visit WHERE site_id = ?")).isZero();

        CheckIn confirmed = new CheckIn(code, Set.of(Substance.CRACK), ConsumptionRoute.INHALATION, site.booth(1),
                Map.of(), true);
        assertThat(board.checkIn(site.id(), confirmed)).isInstanceOf(CheckInResult.Admitted.class);
        assertThat(board.lookup(site.id(), code).eligibilityConfirmed()).isTrue();
    }

    @Test
    void a_booth_of_the_wrong_kind_or_a_taken_booth_is_refused() {
        CheckIn smokeInInjectionBooth = new CheckIn(BoothFixture.newCode(), Set.of(Substance.CRACK),
                ConsumptionRoute.INHALATION, site.booth(0), Map.of(), true);
        assertThatThrownBy(() -> board.checkIn(site.id(), smokeInInjectionBooth))
                .extracting(e -> ((BusinessException) e).messageKey()).isEqualTo("checkin.error.wrongKind");

        admitted(board.checkIn(site.id(), BoothFixture.injection(BoothFixture.newCode(), site.booth(0))));
        assertThatThrownBy(() -> board.checkIn(site.id(), BoothFixture.injection(BoothFixture.newCode(), site.booth(0))))
                .extracting(e -> ((BusinessException) e).messageKey()).isEqualTo("checkin.error.boothTaken");
        assertThat(count("SELECT COUNT(*) FROM visit WHERE site_id = ?")).isOne();
    }

    @Test
    void a_client_already_inside_cannot_be_checked_in_again() {
        String code = BoothFixture.newCode();
        admitted(board.checkIn(site.id(), BoothFixture.injection(code, site.booth(0))));

        assertThatThrownBy(() -> board.checkIn(site.id(), BoothFixture.injection(code, site.booth(2))))
                .extracting(e -> ((BusinessException) e).messageKey()).isEqualTo("checkin.error.clientInside");
        assertThat(board.lookup(site.id(), code).insideBooth()).isEqualTo("B1");
    }

    @Test
    void without_a_free_booth_the_client_queues_and_is_admitted_when_one_frees() {
        VisitRef a = admitted(board.checkIn(site.id(), BoothFixture.injection(BoothFixture.newCode(), null)));
        admitted(board.checkIn(site.id(), BoothFixture.injection(BoothFixture.newCode(), null)));
        String third = BoothFixture.newCode();

        CheckInResult queued = board.checkIn(site.id(), BoothFixture.injection(third, null));

        assertThat(queued).isInstanceOf(CheckInResult.Queued.class);
        assertThat(((CheckInResult.Queued) queued).position()).isEqualTo(1);
        Board b = board.board(site.id());
        assertThat(b.queue()).singleElement().extracting(Board.Waiting::route).isEqualTo(ConsumptionRoute.INJECTION);
        assertThat(b.summary().queueLength()).isEqualTo(1);

        board.checkOut(site.id(), a.visitId(), new CheckOut(1, false, Set.of()));
        board.markClean(site.id(), a.boothId());
        VisitRef admitted = board.admitFromQueue(site.id(), b.queue().getFirst().entryId(), a.boothId(),
                Map.of(Supply.SYRINGE_1ML, 1));

        assertThat(admitted.boothId()).isEqualTo(a.boothId());
        assertThat(board.board(site.id()).queue()).isEmpty();
        assertThat(jdbc.queryForObject("SELECT outcome FROM queue_entry WHERE site_id = ?", String.class, site.id()))
                .isEqualTo("ADMITTED");
    }

    @Test
    void check_out_sends_the_booth_to_cleaning_until_marked_clean() {
        VisitRef ref = admitted(board.checkIn(site.id(), BoothFixture.injection(BoothFixture.newCode(), site.booth(0))));

        board.checkOut(site.id(), ref.visitId(), new CheckOut(2, true, EnumSet.of(ReferralKind.HOUSING, ReferralKind.TREATMENT)));

        Board.Tile tile = board.board(site.id()).tiles().get(0);
        assertThat(tile.state()).isEqualTo(BoothState.CLEANING);
        assertThat(tile.cleaningUntil()).isNotNull();
        assertThatThrownBy(() -> board.checkIn(site.id(), BoothFixture.injection(BoothFixture.newCode(), site.booth(0))))
                .extracting(e -> ((BusinessException) e).messageKey()).isEqualTo("checkin.error.boothCleaning");
        assertThatThrownBy(() -> board.checkOut(site.id(), ref.visitId(), new CheckOut(0, false, Set.of())))
                .extracting(e -> ((BusinessException) e).messageKey()).isEqualTo("checkout.error.notOpen");

        board.markClean(site.id(), site.booth(0));

        assertThat(board.board(site.id()).tiles().get(0).state()).isEqualTo(BoothState.FREE);
        assertThat(jdbc.queryForList("SELECT kind FROM visit_referral WHERE visit_id = ? ORDER BY kind", String.class,
                ref.visitId())).containsExactly("HOUSING", "TREATMENT");
    }

    @Test
    void a_refusal_at_the_door_creates_no_client() {
        board.refuse(site.id(), BoothFixture.newCode(), RefusalReason.INTOXICATED);
        board.refuse(site.id(), null, RefusalReason.FULL);

        assertThat(count("SELECT COUNT(*) FROM admission_refusal WHERE site_id = ?")).isEqualTo(2);
        assertThat(count("SELECT COUNT(*) FROM client WHERE site_id = ?")).isZero();
    }

    @Test
    void floor_roles_may_use_the_board_and_other_roles_may_not() {
        for (Role role : List.of(Role.SUPERVISOR, Role.MANAGER)) {
            TestUsers.signIn("floor-" + role, List.of(site.id()), role);
            assertThat(board.board(site.id()).tiles()).hasSize(3);
        }
        for (Role role : List.of(Role.ADMIN, Role.STOCK_KEEPER)) {
            TestUsers.signIn("other-" + role, List.of(site.id()), role);
            assertThatThrownBy(() -> board.board(site.id())).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> board.summary(site.id())).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> board.checkIn(site.id(), BoothFixture.injection(BoothFixture.newCode(), null)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> board.lookup(site.id(), BoothFixture.newCode())).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> board.refuse(site.id(), null, RefusalReason.FULL)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> board.markClean(site.id(), site.booth(0))).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> visitService.list(site.id(), VisitFilter.none(),
                    org.springframework.data.domain.PageRequest.of(0, 10))).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> clientService.list(site.id(), null, org.springframework.data.domain.PageRequest.of(0, 10)))
                    .isInstanceOf(AccessDeniedException.class);
        }
        TestUsers.signIn("admin-v", List.of(site.id()), Role.ADMIN);
        assertThatThrownBy(() -> visitService.visitRef(site.id(), 1)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_user_of_one_site_cannot_reach_another_sites_board_or_visits() {
        VisitRef ref = admitted(board.checkIn(site.id(), BoothFixture.injection(BoothFixture.newCode(), site.booth(0))));
        TestSite other = BoothFixture.site(siteService, BoothKind.INJECTION);
        TestUsers.signIn("staff-other", List.of(other.id()), Role.STAFF);

        assertThatThrownBy(() -> board.board(site.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> visitService.visitRef(site.id(), ref.visitId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> board.checkOut(site.id(), ref.visitId(), new CheckOut(0, false, Set.of())))
                .isInstanceOf(AccessDeniedException.class);
        // the visit's id under the user's own site is "not found", never the other site's visit
        assertThatThrownBy(() -> visitService.visitRef(other.id(), ref.visitId()))
                .extracting(e -> ((BusinessException) e).messageKey()).isEqualTo("error.notFound");
        assertThatThrownBy(() -> board.checkOut(other.id(), ref.visitId(), new CheckOut(0, false, Set.of())))
                .extracting(e -> ((BusinessException) e).messageKey()).isEqualTo("error.notFound");
        assertThatThrownBy(() -> board.checkIn(other.id(), BoothFixture.injection(BoothFixture.newCode(), site.booth(1))))
                .extracting(e -> ((BusinessException) e).messageKey()).isEqualTo("error.notFound");
    }

    @Test
    void visit_ref_names_the_visit_for_an_incident_report() {
        VisitRef ref = admitted(board.checkIn(site.id(), BoothFixture.injection(BoothFixture.newCode(), site.booth(0))));
        TestUsers.signIn("stock-" + site.id(), List.of(site.id()), Role.STOCK_KEEPER);

        assertThat(visitService.visitRef(site.id(), ref.visitId())).isEqualTo(ref);
    }

    private void asSupervisor(Runnable work) {
        try {
            TestUsers.as(TestUsers.user("sup-" + site.id(), List.of(site.id()), Role.SUPERVISOR), () -> {
                work.run();
                return null;
            });
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private long count(String sql) {
        return jdbc.queryForObject(sql, Long.class, site.id());
    }

    static VisitRef admitted(CheckInResult result) {
        assertThat(result).isInstanceOf(CheckInResult.Admitted.class);
        return ((CheckInResult.Admitted) result).visit();
    }
}

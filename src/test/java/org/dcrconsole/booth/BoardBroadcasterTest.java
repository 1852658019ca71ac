package org.dcrconsole.booth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
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
import org.springframework.security.access.AccessDeniedException;

/** The second screen hears of every committed change of its site, and of nothing else. */
@DcrSpringBootTest
class BoardBroadcasterTest {

    @Autowired
    BoardBroadcaster broadcaster;
    @Autowired
    BoardService board;
    @Autowired
    SiteService siteService;
    @Autowired
    ConfigurableApplicationContext ctx;

    TestSite site;
    final List<BoardChange> heard = new CopyOnWriteArrayList<>();
    Registration registration;

    @BeforeEach
    void openScreen() {
        site = BoothFixture.site(siteService, BoothKind.INJECTION, BoothKind.INJECTION);
        TestUsers.signIn("screen-" + site.id(), List.of(site.id()), Role.STAFF);
        registration = broadcaster.register(site.id(), heard::add);
    }

    @AfterEach
    void closeScreen() {
        registration.remove();
        TestUsers.signOut();
    }

    @Test
    void a_check_in_check_out_and_clean_reach_the_other_screen_after_commit() {
        CheckInResult.Admitted in = (CheckInResult.Admitted) board.checkIn(site.id(),
                BoothFixture.injection(BoothFixture.newCode(), site.booth(0)));
        board.checkOut(site.id(), in.visit().visitId(), new CheckOut(1, false, Set.of()));
        board.markClean(site.id(), site.booth(0));

        assertThat(heard).extracting(BoardChange::kind).containsExactly(BoardChange.Kind.CHECKED_IN,
                BoardChange.Kind.CHECKED_OUT, BoardChange.Kind.CLEANED);
        assertThat(heard).extracting(BoardChange::boothId).containsOnly(site.booth(0));
    }

    @Test
    void a_rolled_back_check_in_is_never_announced() {
        ApplicationListener<PayloadApplicationEvent<SuppliesHandedOut>> noStock = e -> {
            if (e.getPayload().siteId() == site.id()) {
                throw new BusinessException(null, "stock.error.insufficient");
            }
        };
        ctx.addApplicationListener(noStock);
        try {
            assertThatThrownBy(() -> board.checkIn(site.id(), new CheckIn(BoothFixture.newCode(), Set.of(Substance.OPIOIDS),
                    ConsumptionRoute.INJECTION, site.booth(0), Map.of(Supply.NEEDLE, 1), true)))
                    .isInstanceOf(BusinessException.class);
        } finally {
            ctx.removeApplicationListener(noStock);
        }
        assertThat(heard).isEmpty();
    }

    @Test
    void a_closed_screen_hears_nothing_and_other_sites_changes_stay_away() {
        TestSite other = BoothFixture.site(siteService, BoothKind.INJECTION);
        TestUsers.signIn("both-" + site.id(), List.of(site.id(), other.id()), Role.STAFF);
        int before = broadcaster.listenerCount(site.id());

        board.checkIn(other.id(), BoothFixture.injection(BoothFixture.newCode(), other.booth(0)));
        registration.remove();
        board.checkIn(site.id(), BoothFixture.injection(BoothFixture.newCode(), site.booth(0)));

        assertThat(heard).isEmpty();
        assertThat(broadcaster.listenerCount(site.id())).isEqualTo(before - 1);
    }

    @Test
    void only_floor_roles_holding_the_site_may_listen() {
        TestUsers.signIn("stock-" + site.id(), List.of(site.id()), Role.STOCK_KEEPER);
        assertThatThrownBy(() -> broadcaster.register(site.id(), c -> { })).isInstanceOf(AccessDeniedException.class);
        TestUsers.signIn("stranger", List.of(), Role.MANAGER);
        assertThatThrownBy(() -> broadcaster.register(site.id(), c -> { })).isInstanceOf(AccessDeniedException.class);
    }
}

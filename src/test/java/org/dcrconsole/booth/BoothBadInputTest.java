package org.dcrconsole.booth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dcrconsole.BadInputRun;
import org.dcrconsole.BadValues;
import org.dcrconsole.DcrSpringBootTest;
import org.dcrconsole.TestUsers;
import org.dcrconsole.base.supply.Supply;
import org.dcrconsole.booth.BoothFixture.TestSite;
import org.dcrconsole.security.Role;
import org.dcrconsole.site.BoothKind;
import org.dcrconsole.site.SiteService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/**
 * Bad input fed to the services behind the desk's check-in, check-out and ban forms: every
 * value is stored and reads back valid and unchanged, or is refused clearly.
 */
@DcrSpringBootTest
@Tag("db")
class BoothBadInputTest {

    private static final int SAMPLES = 120;

    @Autowired
    BoardService board;
    @Autowired
    ClientService clients;
    @Autowired
    SiteService siteService;
    @Autowired
    Clock clock;

    TestSite site;
    final BadInputRun run = new BadInputRun();

    @BeforeEach
    void seed() {
        site = BoothFixture.site(siteService, BoothKind.INJECTION, BoothKind.INJECTION);
        TestUsers.signIn("bad-desk-" + site.id(), List.of(site.id()), Role.STAFF, Role.SUPERVISOR);
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void client_codes_of_any_kind_are_looked_up_checked_in_and_refused_or_turned_down_clearly() {
        BadValues.strings(40, SAMPLES).forEach(code -> {
            run.attempt("lookup " + code, () -> assertThat(board.lookup(site.id(), code).alias()).isNotBlank());
            run.attempt("refuse " + code, () -> board.refuse(site.id(), code, RefusalReason.INTOXICATED));
            run.attempt("check-in " + code, () -> release(board.checkIn(site.id(), BoothFixture.injection(code, null))));
        });
        run.assertAllHandled();
    }

    @Test
    void supply_quantities_out_of_range_are_refused_and_the_booth_stays_free() {
        BadValues.ints(SAMPLES).forEach(n -> {
            Map<Supply, Integer> supplies = new EnumMap<>(Supply.class);
            supplies.put(Supply.SYRINGE_1ML, n);
            supplies.put(Supply.NEEDLE, n);
            CheckIn request = new CheckIn(BoothFixture.newCode(), Set.of(Substance.OPIOIDS), ConsumptionRoute.INJECTION,
                    null, supplies, true);
            run.attempt("supplies " + n, () -> {
                CheckInResult result = board.checkIn(site.id(), request);
                if (n < 0 || n > Visit.SUPPLY_MAX) {
                    fail("accepted %s of a supply", n);
                }
                release(result);
            });
        });
        assertThat(board.board(site.id()).summary().occupied()).isZero();
        run.assertAllHandled();
    }

    @Test
    void syringes_returned_out_of_range_are_refused_and_the_visit_stays_open() {
        BadValues.ints(SAMPLES).forEach(n -> {
            CheckInResult.Admitted in = (CheckInResult.Admitted) board.checkIn(site.id(),
                    BoothFixture.injection(BoothFixture.newCode(), site.booth(0)));
            long visitId = in.visit().visitId();
            run.attempt("returned " + n, () -> {
                try {
                    board.checkOut(site.id(), visitId, new CheckOut(n, false, Set.of()));
                    assertThat(n).isBetween(0, Visit.SYRINGES_RETURNED_MAX);
                } finally {
                    if (board.board(site.id()).tiles().get(0).visit() != null) {
                        board.checkOut(site.id(), visitId, new CheckOut(null, false, Set.of()));
                    }
                    board.markClean(site.id(), site.booth(0));
                }
            });
        });
        run.assertAllHandled();
    }

    @Test
    void ban_reasons_and_dates_of_any_kind_are_stored_valid_or_refused_clearly() {
        String code = BoothFixture.newCode();
        release(board.checkIn(site.id(), BoothFixture.injection(code, null)));
        long clientId = clients.list(site.id(), code, PageRequest.of(0, 1)).getContent().getFirst().id();
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Europe/Berlin")));
        BadValues.strings(Client.BAN_REASON_MAX, SAMPLES).forEach(reason -> run.attempt(reason, () -> {
            clients.ban(site.id(), clientId, reason, today.plusDays(3));
            ClientRow back = clients.get(site.id(), clientId);
            assertThat(back.banReason()).isEqualTo(reason.strip());
            BadInputRun.assertPlain(back.banReason(), false);
        }));
        BadValues.dates(SAMPLES).forEach(until -> run.attempt(until, () -> {
            clients.ban(site.id(), clientId, "Dealing in the lounge", until);
            assertThat(clients.get(site.id(), clientId).bannedUntil()).isEqualTo(until);
        }));
        run.assertAllHandled();
    }

    /** Frees the booth or the queue place a check-in took, so the next sample finds the site empty. */
    private void release(CheckInResult result) {
        if (result instanceof CheckInResult.Admitted admitted) {
            board.checkOut(site.id(), admitted.visit().visitId(), new CheckOut(null, false, Set.of()));
            board.markClean(site.id(), admitted.visit().boothId());
        } else if (result instanceof CheckInResult.Queued queued) {
            board.leaveQueue(site.id(), queued.entryId());
        }
    }
}

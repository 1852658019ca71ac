package org.dcrconsole.booth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.shared.Registration;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.dcrconsole.DcrSpringBootTest;
import org.dcrconsole.TestUsers;
import org.dcrconsole.base.BusinessException;
import org.dcrconsole.base.cluster.ClusterDatabase;
import org.dcrconsole.base.supply.SuppliesHandedOut;
import org.dcrconsole.base.supply.Supply;
import org.dcrconsole.booth.BoothFixture.TestSite;
import org.dcrconsole.security.Role;
import org.dcrconsole.site.BoothKind;
import org.dcrconsole.site.SiteService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;

/**
 * Board changes cross console instances on one PostgreSQL: this context is instance A, a raw
 * connection LISTENing or NOTIFYing on the channel plays instance B (it sees and sends exactly
 * what another instance would).
 */
@DcrSpringBootTest
@Tag("postgres")
class BoardRelayTest {

    static final Duration PUSH_GOAL = Duration.ofSeconds(1);

    @Autowired
    BoardBroadcaster broadcaster;
    @Autowired
    BoardRelay relay;
    @Autowired
    BoardService board;
    @Autowired
    SiteService siteService;
    @Autowired
    ClusterDatabase database;
    @Autowired
    ConfigurableApplicationContext ctx;

    TestSite site;
    final List<BoardChange> heard = new CopyOnWriteArrayList<>();
    Registration registration;
    Connection otherInstance;

    @BeforeEach
    void openScreenAndOtherInstance() throws Exception {
        waitUntil(relay::listening, Duration.ofSeconds(15));
        site = BoothFixture.site(siteService, BoothKind.INJECTION, BoothKind.INJECTION);
        TestUsers.signIn("relay-" + site.id(), List.of(site.id()), Role.STAFF);
        registration = broadcaster.register(site.id(), heard::add);
        otherInstance = database.openDedicated("test-other-instance");
        try (Statement s = otherInstance.createStatement()) {
            s.execute("LISTEN " + BoardRelay.CHANNEL);
        }
    }

    @AfterEach
    void close() throws SQLException {
        registration.remove();
        otherInstance.close();
        TestUsers.signOut();
    }

    @Test
    void a_committed_check_in_reaches_the_other_instance_with_ids_only() throws Exception {
        String code = BoothFixture.newCode();
        CheckInResult.Admitted in = (CheckInResult.Admitted) board.checkIn(site.id(), BoothFixture.injection(code, site.booth(0)));

        List<String> payloads = notificationsWithin(PUSH_GOAL);
        assertThat(payloads).hasSize(1);
        assertThat(payloads.getFirst()).isEqualTo(relay.instanceId() + ";" + site.id() + ";CHECKED_IN;" + site.booth(0))
                .doesNotContain(code).doesNotContain(in.visit().clientAlias());
    }

    @Test
    void a_rolled_back_check_in_is_never_announced_to_the_other_instance() throws Exception {
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
        assertThat(notificationsWithin(PUSH_GOAL)).isEmpty();
    }

    @Test
    void a_change_from_the_other_instance_reaches_this_instances_screen_within_a_second() throws Exception {
        long sent = System.nanoTime();
        notifyFromOtherInstance("other;" + site.id() + ";CHECKED_OUT;" + site.booth(1));

        waitUntil(() -> !heard.isEmpty(), PUSH_GOAL);
        assertThat(Duration.ofNanos(System.nanoTime() - sent)).isLessThan(PUSH_GOAL);
        assertThat(heard).containsExactly(new BoardChange(site.id(), BoardChange.Kind.CHECKED_OUT, site.booth(1)));
    }

    @Test
    void this_instances_own_change_reaches_its_screen_once() throws Exception {
        board.checkIn(site.id(), BoothFixture.injection(BoothFixture.newCode(), site.booth(0)));
        // the notification has come back to this instance by the time the other one has it
        assertThat(notificationsWithin(PUSH_GOAL)).hasSize(1);
        Thread.sleep(300);
        assertThat(heard).containsExactly(new BoardChange(site.id(), BoardChange.Kind.CHECKED_IN, site.booth(0)));
    }

    @Test
    void kinds_this_version_does_not_know_and_malformed_notifications_are_ignored() throws Exception {
        notifyFromOtherInstance("other;" + site.id() + ";KIND_OF_A_NEWER_VERSION;");
        notifyFromOtherInstance("garbage");
        notifyFromOtherInstance("other;not-a-number;CLEANED;");
        notifyFromOtherInstance("other;" + site.id() + ";CLEANED;" + site.booth(0));

        waitUntil(() -> !heard.isEmpty(), PUSH_GOAL);
        Thread.sleep(200);
        assertThat(heard).containsExactly(new BoardChange(site.id(), BoardChange.Kind.CLEANED, site.booth(0)));
    }

    @Test
    void after_its_listening_connection_is_cut_the_instance_listens_again_and_refreshes_every_screen() throws Exception {
        try (Statement s = otherInstance.createStatement()) {
            s.executeQuery("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = '"
                    + BoardRelay.APPLICATION_NAME + "' AND datname = current_database()").close();
        }
        waitUntil(() -> heard.contains(new BoardChange(site.id(), BoardChange.Kind.RESYNC, null)), Duration.ofSeconds(10));
        waitUntil(relay::listening, Duration.ofSeconds(5));

        notifyFromOtherInstance("other;" + site.id() + ";CLEANED;" + site.booth(0));
        waitUntil(() -> heard.contains(new BoardChange(site.id(), BoardChange.Kind.CLEANED, site.booth(0))), PUSH_GOAL);
    }

    private void notifyFromOtherInstance(String payload) throws SQLException {
        try (PreparedStatement s = otherInstance.prepareStatement("SELECT pg_notify(?, ?)")) {
            s.setString(1, BoardRelay.CHANNEL);
            s.setString(2, payload);
            s.executeQuery().close();
        }
    }

    /** Payloads of notifications on the channel that the other instance gets within the time. */
    private List<String> notificationsWithin(Duration time) throws SQLException {
        List<String> payloads = new ArrayList<>();
        long end = System.nanoTime() + time.toNanos();
        PGConnection pg = otherInstance.unwrap(PGConnection.class);
        long left;
        while ((left = (end - System.nanoTime()) / 1_000_000) > 0) {
            PGNotification[] ns = pg.getNotifications((int) left);
            if (ns != null) {
                for (PGNotification n : ns) {
                    if (n.getParameter().contains(";" + site.id() + ";")) {
                        payloads.add(n.getParameter());
                    }
                }
            }
        }
        return payloads;
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition, Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition within %s", timeout).isLessThan(end);
            Thread.sleep(10);
        }
    }
}

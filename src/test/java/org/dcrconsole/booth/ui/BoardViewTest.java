package org.dcrconsole.booth.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.BasicUtilsKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.dcrconsole.KaribuTest;
import org.dcrconsole.TestUsers;
import org.dcrconsole.booth.BoardService;
import org.dcrconsole.booth.BoothFixture;
import org.dcrconsole.booth.BoothFixture.TestSite;
import org.dcrconsole.booth.CheckInResult;
import org.dcrconsole.booth.ClientService;
import org.dcrconsole.booth.ConsumptionRoute;
import org.dcrconsole.booth.RefusalReason;
import org.dcrconsole.booth.Substance;
import org.dcrconsole.security.Role;
import org.dcrconsole.security.SignedInUser;
import org.dcrconsole.site.BoothKind;
import org.dcrconsole.site.SiteService;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

class BoardViewTest extends KaribuTest {

    @Autowired
    SiteService siteService;
    @Autowired
    BoardService boardService;
    @Autowired
    ClientService clientService;
    @Autowired
    JdbcTemplate jdbc;

    TestSite site;

    @BeforeEach
    void seed() {
        site = BoothFixture.site(siteService, BoothKind.INJECTION, BoothKind.INHALATION);
        signIn("staff-" + site.id(), List.of(site.id()), Role.STAFF);
    }

    @Test
    void staff_checks_a_new_client_in_with_the_keyboard_dialog() {
        navigate("board");
        String code = BoothFixture.newCode();

        _click(_get(Button.class, s -> s.withId("check-in")));
        _setValue(_get(TextField.class, s -> s.withId("checkin-code")), code);
        assertThat(_get(Span.class, s -> s.withId("checkin-status")).getText()).startsWith("New client");
        assertThat(_get(Checkbox.class, s -> s.withId("checkin-confirm")).isVisible()).isTrue();
        assertThat(_get(ComboBox.class, s -> s.withId("checkin-booth")).getValue()).extracting("label").isEqualTo("B1");
        assertThat(_get(IntegerField.class, s -> s.withId("supply-SYRINGE_2ML")).getValue()).isEqualTo(1);
        _setValue(multi(), Set.of(Substance.OPIOIDS));
        _setValue(_get(Checkbox.class, s -> s.withId("checkin-confirm")), true);
        _click(_get(Button.class, s -> s.withId("checkin-submit")));

        assertThat(tile(0).classNames()).contains("booth-tile--occupied");
        assertThat(_get(Span.class, s -> s.withId("summary-occupied")).getText()).endsWith(": 1");
        assertThat(NotificationsKt.getNotifications()).extracting(this::text).anyMatch(t -> t.contains("checked in to booth B1"));
        Span live = _get(Span.class, s -> s.withId("board-live"));
        assertThat(live.getElement().getAttribute("aria-live")).isEqualTo("polite");
        assertThat(live.getText()).isEqualTo("Booth B1 checked in.");
        clickOnBoard(BoardView.MORE + site.booth(0));
        _click(_get(Button.class, s -> s.withId(BoothActionsDialog.BUTTON + "incident")));
        String location = UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters();
        assertThat(location).startsWith("incidents/new?").contains("booth=" + site.booth(0)).contains("visit=")
                .contains("alias=");
    }

    @Test
    void staff_void_their_own_mistaken_check_in_from_the_tile_with_a_reason() {
        admitAs("staff-" + site.id(), BoothFixture.newCode(), site.booth(0));
        navigate("board");

        clickOnBoard(BoardView.MORE + site.booth(0));
        _click(_get(Button.class, s -> s.withId(BoothActionsDialog.BUTTON + "void")));
        _click(_get(Button.class, s -> s.withId("void-submit")));
        assertThat(_get(TextArea.class, s -> s.withId("correction-reason")).isInvalid()).isTrue();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM visit WHERE site_id = ? AND status = 'VOIDED'",
                Long.class, site.id())).isZero();

        _setValue(_get(TextArea.class, s -> s.withId("correction-reason")), "Wrong booth typed");
        _click(_get(Button.class, s -> s.withId("void-submit")));

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM visit WHERE site_id = ? AND status = 'VOIDED'",
                Long.class, site.id())).isOne();
        assertThat(tile(0).classNames()).contains("booth-tile--free");
    }

    @Test
    void only_a_supervisor_takes_a_booth_out_of_service_from_the_board() {
        navigate("board");
        clickOnBoard(BoardView.MORE + site.booth(1));
        assertThat(LocatorJ._find(Button.class, s -> s.withId(BoothActionsDialog.BUTTON + "service"))).isEmpty();

        signIn("lead-" + site.id(), List.of(site.id()), Role.SUPERVISOR);
        navigate("board");
        clickOnBoard(BoardView.MORE + site.booth(1));
        _click(_get(Button.class, s -> s.withId(BoothActionsDialog.BUTTON + "service")));
        _setValue(_get(TextArea.class, s -> s.withId("correction-reason")), "Lock broken");
        _click(_get(Button.class, s -> s.withId("booth-service-submit")));

        assertThat(tile(1).classNames()).contains("booth-tile--out-of-service");
        clickOnBoard(BoardView.MORE + site.booth(1));
        assertThat(LocatorJ._find(Paragraph.class)).extracting(Paragraph::getText)
                .anyMatch(t -> t.startsWith("Out of service since") && t.endsWith(": Lock broken"));
    }

    @Test
    void a_banned_client_is_refused_at_check_in() {
        String code = BoothFixture.newCode();
        long clientId = knownClient(code);
        asSupervisor(() -> clientService.ban(site.id(), clientId, "Aggression", LocalDate.now().plusDays(10)));
        navigate("board");

        _click(_get(Button.class, s -> s.withId("check-in")));
        _setValue(_get(TextField.class, s -> s.withId("checkin-code")), code);
        assertThat(_get(Span.class, s -> s.withId("checkin-status")).getText()).contains("House ban until");
        _setValue(multi(), Set.of(Substance.OPIOIDS));
        _click(_get(Button.class, s -> s.withId("checkin-submit")));

        assertThat(NotificationsKt.getNotifications()).extracting(this::text).anyMatch(t -> t.contains("refused: Banned"));
        assertThat(tile(0).classNames()).contains("booth-tile--free");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM admission_refusal WHERE site_id = ? AND reason = 'BANNED'",
                Long.class, site.id())).isOne();
    }

    @Test
    void staff_records_a_refused_admission_without_a_visit() {
        navigate("board");

        _click(_get(Button.class, s -> s.withId("refuse")));
        @SuppressWarnings("unchecked")
        Select<RefusalReason> reason = _get(Select.class, s -> s.withId("refusal-reason"));
        _setValue(reason, RefusalReason.INTOXICATED);
        _click(_get(Button.class, s -> s.withId("refusal-submit")));

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM admission_refusal WHERE site_id = ? AND reason = 'INTOXICATED'",
                Long.class, site.id())).isOne();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM visit WHERE site_id = ?", Long.class, site.id())).isZero();
    }

    @Test
    void with_every_booth_taken_the_client_queues_and_is_offered_the_booth_that_frees() {
        long first = admit(BoothFixture.newCode(), site.booth(0));
        navigate("board");

        _click(_get(Button.class, s -> s.withId("check-in")));
        _setValue(_get(TextField.class, s -> s.withId("checkin-code")), BoothFixture.newCode());
        assertThat(_get(ComboBox.class, s -> s.withId("checkin-booth")).getValue()).isNull();
        _setValue(multi(), Set.of(Substance.OPIOIDS));
        _setValue(_get(Checkbox.class, s -> s.withId("checkin-confirm")), true);
        _click(_get(Button.class, s -> s.withId("checkin-submit")));

        assertThat(_get(Span.class, s -> s.withId("summary-queue")).getText()).endsWith(": 1");
        boardService.checkOut(site.id(), first, new org.dcrconsole.booth.CheckOut(1, false, Set.of()));
        ((BoardView) UI.getCurrent().getCurrentView()).refresh();
        clickOnBoard("clean-" + site.booth(0));
        clickOnBoard(BoardView.MORE + site.booth(0));
        _click(_get(Button.class, s -> s.withId(BoothActionsDialog.BUTTON + "offer")));
        _click(_get(Button.class, s -> s.withId("admit-submit")));

        assertThat(tile(0).classNames()).contains("booth-tile--occupied");
        assertThat(_get(Span.class, s -> s.withId("summary-queue")).getText()).endsWith(": 0");
    }

    @Test
    void check_out_puts_the_booth_to_cleaning_and_mark_clean_frees_it() {
        admit(BoothFixture.newCode(), site.booth(0));
        navigate("board");

        clickOnBoard("check-out-" + site.booth(0));
        _setValue(_get(IntegerField.class, s -> s.withId("checkout-syringes")), 2);
        @SuppressWarnings("unchecked")
        CheckboxGroup<org.dcrconsole.booth.ReferralKind> referrals = _get(CheckboxGroup.class, s -> s.withId("checkout-referrals"));
        _setValue(referrals, Set.of(org.dcrconsole.booth.ReferralKind.SUBSTITUTION));
        _click(_get(Button.class, s -> s.withId("checkout-submit")));

        assertThat(tile(0).classNames()).contains("booth-tile--cleaning");
        assertThat(jdbc.queryForObject("SELECT syringes_returned FROM visit WHERE site_id = ?", Integer.class, site.id()))
                .isEqualTo(2);
        clickOnBoard("clean-" + site.booth(0));
        assertThat(tile(0).classNames()).contains("booth-tile--free");
    }

    @Test
    void the_timer_turns_to_warning_five_minutes_before_the_limit_and_to_alarm_after_it() {
        long visit = admit(BoothFixture.newCode(), site.booth(0));
        navigate("board");
        assertThat(tile(0).classNames()).contains("booth-tile--occupied");

        BoothFixture.startedMinutesAgo(jdbc, visit, 26);
        ((BoardView) UI.getCurrent().getCurrentView()).refresh();
        assertThat(tile(0).classNames()).contains("booth-tile--warning").doesNotContain("booth-tile--occupied");
        assertThat(onBoard("span", "timer-" + site.booth(0)).text()).startsWith("26 min");

        BoothFixture.startedMinutesAgo(jdbc, visit, 5);
        ((BoardView) UI.getCurrent().getCurrentView()).refresh();
        assertThat(tile(0).classNames()).contains("booth-tile--alarm");
        assertThat(onBoard("span", "timer-" + site.booth(0)).text()).contains("over the 30 min limit");
    }

    @Test
    void an_alias_with_markup_shows_as_text_on_the_tile_and_in_the_incident_link() {
        String markup = "<b>x</b>'&\"";
        long visit = admit(BoothFixture.newCode(), site.booth(0));
        jdbc.update("UPDATE client SET alias = ? WHERE id = (SELECT client_id FROM visit WHERE id = ?)", markup, visit);
        navigate("board");

        Element tile = tile(0);
        assertThat(tile.selectFirst(".booth-tile__alias").text()).isEqualTo(markup);
        assertThat(tile.select("b")).isEmpty();
        clickOnBoard("check-out-" + site.booth(0));
        _get(IntegerField.class, s -> s.withId("checkout-syringes"));
        _get(com.vaadin.flow.component.dialog.Dialog.class).close();
        clickOnBoard(BoardView.MORE + site.booth(0));
        _click(_get(Button.class, s -> s.withId(BoothActionsDialog.BUTTON + "incident")));
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getQueryParameters().getParameters()
                .get("alias")).containsExactly(markup);
    }

    @Test
    void each_tile_has_one_primary_action_and_a_more_button_named_after_its_booth() {
        admit(BoothFixture.newCode(), site.booth(0));
        navigate("board");

        Element occupied = tile(0);
        assertThat(occupied.select("vaadin-button").eachAttr("id"))
                .containsExactly(BoardView.MORE + site.booth(0), "check-out-" + site.booth(0));
        Element free = tile(1);
        assertThat(free.select("vaadin-button").eachAttr("id"))
                .containsExactly(BoardView.MORE + site.booth(1), "check-in-" + site.booth(1));
        assertThat(onBoard("vaadin-button", BoardView.MORE + site.booth(1)).attr("aria-label"))
                .isEqualTo("More actions for booth B2");

        clickOnBoard(BoardView.MORE + site.booth(1));
        BoothActionsDialog dialog = _get(BoothActionsDialog.class);
        assertThat(dialog.getHeaderTitle()).isEqualTo("Booth B2");
        Button offer = _get(Button.class, s -> s.withId(BoothActionsDialog.BUTTON + "offer"));
        assertThat(offer.isEnabled()).as("nobody waits, so there is no one to offer the booth to").isFalse();
    }

    @Test
    void a_forged_id_in_the_click_does_nothing() {
        admit(BoothFixture.newCode(), site.booth(0));
        navigate("board");
        ObjectNode data = JsonNodeFactory.instance.objectNode().put(BoardView.CLICKED, "clean-" + site.booth(0));

        BasicUtilsKt._fireDomEvent(tiles(), "click", data);

        assertThat(tile(0).classNames()).contains("booth-tile--occupied");
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(com.vaadin.flow.component.dialog.Dialog.class))
                .isEmpty();
    }

    @Test
    void a_check_in_at_another_desk_reaches_this_board_by_push_within_a_second() throws Exception {
        navigate("board");
        assertThat(tile(1).classNames()).contains("booth-tile--free");

        SignedInUser otherDesk = TestUsers.user("other-desk-" + site.id(), List.of(site.id()), Role.STAFF);
        TestUsers.as(otherDesk, () -> boardService.checkIn(site.id(), new org.dcrconsole.booth.CheckIn(
                BoothFixture.newCode(), Set.of(Substance.CRACK), ConsumptionRoute.INHALATION, site.booth(1),
                java.util.Map.of(), true)));

        long deadline = System.nanoTime() + 1_000_000_000L;
        while (!tile(1).classNames().contains("booth-tile--occupied") && System.nanoTime() < deadline) {
            Thread.sleep(20);
            MockVaadin.runUIQueue();
        }
        assertThat(tile(1).classNames()).contains("booth-tile--occupied");
    }

    @Test
    void a_closed_board_stops_listening() {
        org.dcrconsole.booth.BoardBroadcaster broadcaster = ctx.getBean(org.dcrconsole.booth.BoardBroadcaster.class);
        // start from a view that does not listen (the dashboard's live panel listens too)
        navigate("clients");
        int before = broadcaster.listenerCount(site.id());
        navigate("board");
        // the board and its drug-checking alert banner
        assertThat(broadcaster.listenerCount(site.id())).isEqualTo(before + 2);

        navigate("clients");

        assertThat(broadcaster.listenerCount(site.id())).isEqualTo(before);
    }

    @Test
    void stock_keeper_and_admin_cannot_open_the_board() {
        signIn("stock-" + site.id(), List.of(site.id()), Role.STOCK_KEEPER);
        assertThatThrownBy(() -> navigate("board")).isInstanceOf(MockAccessDeniedException.class);
        signIn("admin-" + site.id(), List.of(site.id()), Role.ADMIN);
        assertThatThrownBy(() -> navigate("board")).isInstanceOf(MockAccessDeniedException.class);
        assertThatThrownBy(() -> navigate("visits")).isInstanceOf(MockAccessDeniedException.class);
        assertThatThrownBy(() -> navigate("clients")).isInstanceOf(MockAccessDeniedException.class);
    }

    @Test
    void supervisor_and_manager_open_the_board() {
        for (Role role : List.of(Role.SUPERVISOR, Role.MANAGER)) {
            signIn(role + "-" + site.id(), List.of(site.id()), role);
            navigate("board");
            assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(BoardView.class);
        }
    }

    @Test
    void a_booth_over_its_limit_raises_the_alarm_on_the_tile_and_in_the_banner() {
        long visit = admit(BoothFixture.newCode(), site.booth(0));
        navigate("board");
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(Span.class, s -> s.withId("board-alarm")))
                .as("no banner while every booth is within its limit").isEmpty();

        BoothFixture.startedMinutesAgo(jdbc, visit, 31);
        ((BoardView) UI.getCurrent().getCurrentView()).refresh();

        assertThat(tile(0).classNames()).contains("booth-tile--alarm");
        assertThat(tile(1).classNames()).doesNotContain("booth-tile--alarm");
        Span banner = _get(Span.class, s -> s.withId("board-alarm"));
        assertThat(banner.getText()).isEqualTo("Over the time limit: B1");
        assertThat(banner.getElement().getAttribute("role")).isEqualTo("alert");
    }

    @Test
    void the_alarm_sound_is_switched_on_and_off_per_screen() {
        navigate("board");
        Button sound = _get(Button.class, s -> s.withId("board-sound"));
        assertThat(sound.getText()).isEqualTo("Sound off");
        assertThat(sound.getElement().getAttribute("aria-pressed")).isEqualTo("false");

        _click(sound);
        assertThat(sound.getText()).isEqualTo("Sound on");
        assertThat(sound.getElement().getAttribute("aria-pressed")).isEqualTo("true");
        assertThat(((BoardView) UI.getCurrent().getCurrentView()).soundOn()).isTrue();

        _click(sound);
        assertThat(sound.getText()).isEqualTo("Sound off");
    }

    @Test
    void the_wall_display_sees_the_board_with_nothing_to_press() {
        admit(BoothFixture.newCode(), site.booth(0));
        signIn("wall-" + site.id(), List.of(site.id()), Role.DISPLAY);
        navigate("");

        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(BoardView.class);
        assertThat(tile(0).classNames()).contains("booth-tile--occupied");
        assertThat(tile(0).selectFirst(".booth-tile__alias")).isNotNull();
        assertThat(board().select("vaadin-button")).isEmpty();
        // the view's one button is the sound switch (the drawer keeps only the layout's own sign-out)
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(UI.getCurrent().getCurrentView(), Button.class)
                .stream().filter(b -> !(b instanceof com.vaadin.flow.component.applayout.DrawerToggle))
                .map(b -> b.getId().orElse(""))).containsExactly("board-sound");
        // a click forged from the browser finds no listener and opens nothing
        ObjectNode data = JsonNodeFactory.instance.objectNode().put(BoardView.CLICKED, BoardView.MORE + site.booth(0));
        BasicUtilsKt._fireDomEvent(tiles(), "click", data);
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(com.vaadin.flow.component.dialog.Dialog.class))
                .isEmpty();
    }

    @Test
    void the_wall_display_keeps_its_session_while_the_board_is_open_and_staff_keep_the_idle_limit() {
        navigate("board");
        int staffTimeout = com.vaadin.flow.server.VaadinSession.getCurrent().getSession().getMaxInactiveInterval();
        assertThat(staffTimeout).isNotEqualTo((int) BoardView.DISPLAY_SESSION.toSeconds());

        signIn("wall-" + site.id(), List.of(site.id()), Role.DISPLAY);
        navigate("board");

        assertThat(com.vaadin.flow.server.VaadinSession.getCurrent().getSession().getMaxInactiveInterval())
                .isEqualTo((int) BoardView.DISPLAY_SESSION.toSeconds());
    }

    @SuppressWarnings("unchecked")
    private MultiSelectComboBox<Substance> multi() {
        return _get(MultiSelectComboBox.class, s -> s.withId("checkin-substances"));
    }

    private Element tile(int booth) {
        return onBoard("div", "tile-" + site.booth(booth));
    }

    /** The tiles as the browser builds them from the markup the view sends. */
    private static Document board() {
        return Jsoup.parseBodyFragment(tiles().getElement().getProperty("innerHTML", ""));
    }

    private static Div tiles() {
        return _get(Div.class, s -> s.withId("board-tiles"));
    }

    private static Element onBoard(String tag, String id) {
        Element e = board().getElementById(id);
        assertThat(e).as(id + " on the board").isNotNull();
        assertThat(e.tagName()).as(id).isEqualTo(tag);
        return e;
    }

    /**
     * Clicks the element with this id on the board as the browser reports it: a click on the tiles
     * whose data the view's expression reads off the element as drawn.
     */
    private static void clickOnBoard(String id) {
        Element clickable = onBoard("vaadin-button", id).closest("." + BoardView.ACTION);
        ObjectNode data = JsonNodeFactory.instance.objectNode();
        if (clickable != null) {
            data.put(BoardView.CLICKED, clickable.id());
        }
        BasicUtilsKt._fireDomEvent(tiles(), "click", data);
    }

    private String text(Notification n) {
        return n.getElement().getProperty("text", "");
    }

    private long admit(String code, long boothId) {
        return admitAs("desk-" + site.id(), code, boothId);
    }

    private long admitAs(String username, String code, long boothId) {
        try {
            return TestUsers.as(TestUsers.user(username, List.of(site.id()), Role.STAFF), () ->
                    ((CheckInResult.Admitted) boardService.checkIn(site.id(), BoothFixture.injection(code, boothId)))
                            .visit().visitId());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private long knownClient(String code) {
        long visit = admit(code, site.booth(0));
        try {
            TestUsers.as(TestUsers.user("desk-" + site.id(), List.of(site.id()), Role.STAFF), () -> {
                boardService.checkOut(site.id(), visit, new org.dcrconsole.booth.CheckOut(0, false, Set.of()));
                boardService.markClean(site.id(), site.booth(0));
                return null;
            });
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return jdbc.queryForObject("SELECT client_id FROM visit WHERE id = ?", Long.class, visit);
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
}

package org.dcrconsole.booth.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.dcrconsole.base.BusinessException;
import org.dcrconsole.base.i18n.Labels;
import org.dcrconsole.base.ui.LivePush;
import org.dcrconsole.base.ui.Markup;
import org.dcrconsole.base.ui.Notifications;
import org.dcrconsole.base.ui.UiScheduler;
import org.dcrconsole.base.ui.ViewToolbar;
import org.dcrconsole.booth.Board;
import org.dcrconsole.booth.BoardBroadcaster;
import org.dcrconsole.booth.BoardService;
import org.dcrconsole.booth.BoardSummary;
import org.dcrconsole.booth.BoothState;
import org.dcrconsole.booth.TimerState;
import org.dcrconsole.booth.VisitCorrectionService;
import org.dcrconsole.booth.VisitService;
import org.dcrconsole.security.CurrentUser;
import org.dcrconsole.security.Role;
import org.dcrconsole.security.Roles;
import org.dcrconsole.site.OutOfService;
import org.dcrconsole.site.SiteInfo;
import org.dcrconsole.site.ui.CurrentSite;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import tools.jackson.databind.JsonNode;

/**
 * The live board of the current site: a tile per booth (free, occupied with a running timer,
 * cleaning, out of service), the counts and the queue. Changes made on any screen arrive by
 * server push after commit, at most {@link #PUSHES_PER_SECOND} times a second; timers move on
 * every {@link #TICK}. A wall display (role DISPLAY) gets the same board without a single button
 * or dialog, and stays signed in as long as the board is open.
 */
@Route("board")
@RolesAllowed({Roles.STAFF, Roles.SUPERVISOR, Roles.MANAGER, Roles.DISPLAY})
@Menu(order = 10, title = "nav.board", icon = "vaadin:grid-big")
public class BoardView extends VerticalLayout implements HasDynamicTitle {

    static final int PUSHES_PER_SECOND = 4;
    static final Duration MIN_PUSH_INTERVAL = Duration.ofMillis(1000 / PUSHES_PER_SECOND);
    static final Duration TICK = Duration.ofSeconds(15);
    /**
     * How long a wall display's session survives without a request. The open board itself sends
     * one every {@link #DISPLAY_KEEPALIVE}; the long timeout only bridges a network outage or a
     * screen that sleeps at night. Every other role keeps the 30 minutes of the configuration.
     */
    static final Duration DISPLAY_SESSION = Duration.ofHours(12);
    static final Duration DISPLAY_KEEPALIVE = Duration.ofMinutes(5);
    /** While any booth is over its limit, a screen with sound on beeps this often. */
    static final Duration ALARM_REPEAT = Duration.ofSeconds(20);
    /**
     * The board's alarm sound, set up once per page: Web Audio beeps (no audio file, no module),
     * switched on or off per screen and remembered in the browser's localStorage. The server says
     * how many booths are in alarm and whether one just turned; the page beeps at once for a new
     * one and every {@link #ALARM_REPEAT} while any is left.
     */
    private static final String ALARM_SCRIPT = """
            if (!window.dcrBoardAlarm) {
              window.dcrBoardAlarm = {
                on: localStorage.getItem('dcr.board.sound') === 'on', count: 0, timer: null, audio: null,
                beep() {
                  const Audio = window.AudioContext || window.webkitAudioContext;
                  if (!this.on || !Audio) { return; }
                  this.audio = this.audio || new Audio();
                  if (this.audio.state === 'suspended') { this.audio.resume(); }
                  const t = this.audio.currentTime;
                  for (const d of [0, 0.3, 0.6]) {
                    const osc = this.audio.createOscillator(), gain = this.audio.createGain();
                    osc.type = 'square';
                    osc.frequency.value = 880;
                    gain.gain.setValueAtTime(0.2, t + d);
                    gain.gain.exponentialRampToValueAtTime(0.001, t + d + 0.25);
                    osc.connect(gain).connect(this.audio.destination);
                    osc.start(t + d);
                    osc.stop(t + d + 0.25);
                  }
                },
                repeat() {
                  const wanted = this.on && this.count > 0;
                  if (wanted && !this.timer) { this.timer = setInterval(() => this.beep(), this.every); }
                  if (!wanted && this.timer) { clearInterval(this.timer); this.timer = null; }
                },
                sound(on) {
                  this.on = on;
                  localStorage.setItem('dcr.board.sound', on ? 'on' : 'off');
                  if (on && this.count > 0) { this.beep(); }
                  this.repeat();
                },
                alarms(count, fresh) {
                  this.count = count;
                  if (fresh) { this.beep(); }
                  this.repeat();
                }
              };
            }
            window.dcrBoardAlarm.every = $0;
            return window.dcrBoardAlarm.on;""";
    /**
     * Remembers which tile button has the keyboard focus. The tiles are re-rendered on every tick
     * and change, which drops the focused button; a keyboard user would be thrown back to the top
     * of the page every few seconds and after each dialog. A pointer press forgets it, and so does
     * the focus leaving the tiles for anything but a dialog opened from them.
     */
    private static final String KEEP_FOCUS_SCRIPT = """
            const tiles = this;
            if (tiles.__keepFocus) { return; }
            tiles.__keepFocus = true;
            tiles.addEventListener('focusin', e => {
              const action = e.target.closest('.booth-tile__action');
              const tile = e.target.closest('.booth-tile');
              tiles.__focused = action ? { action: action.id, tile: tile ? tile.id : null } : null;
            });
            tiles.addEventListener('focusout', e => {
              const to = e.relatedTarget;
              if (to && !tiles.contains(to) && !to.closest('vaadin-dialog, vaadin-dialog-overlay')) { tiles.__focused = null; }
            });
            const forget = () => {
              if (!tiles.isConnected) { document.removeEventListener('pointerdown', forget, true); }
              tiles.__focused = null;
            };
            document.addEventListener('pointerdown', forget, true);""";
    /**
     * After a re-render: the focus goes back to the same button, or to the primary button of the
     * same tile when that one is gone (e.g. "Check out" became "Clean"). Only when nothing else has
     * the focus, and again shortly after, as a closing dialog hands the focus back a little later.
     */
    private static final String RESTORE_FOCUS_SCRIPT = """
            const tiles = this, was = tiles.__focused;
            if (!was) { return; }
            const restore = () => {
              const active = document.activeElement;
              if (!tiles.isConnected || tiles.__focused !== was || (active && active !== document.body)) { return; }
              const tile = was.tile ? tiles.querySelector('#' + CSS.escape(was.tile)) : null;
              const again = (was.action && tiles.querySelector('#' + CSS.escape(was.action)))
                  || (tile && (tile.querySelector('.booth-tile__action:not(.booth-tile__more)')
                      || tile.querySelector('.booth-tile__action')));
              if (again) { again.focus({ preventScroll: true }); }
            };
            restore();
            setTimeout(restore, 400);
            setTimeout(restore, 1200);""";
    /** The DOM event the wall display's board sends to keep its session in use. */
    static final String KEEPALIVE_EVENT = "board-keepalive";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    /** Id prefixes of a tile and of its buttons, each followed by the booth's id. */
    static final String TILE = "tile-";
    static final String CHECK_IN = "check-in-";
    static final String CLEAN = "clean-";
    static final String CHECK_OUT = "check-out-";
    /** The tile's "more" button, which opens {@link BoothActionsDialog} with the booth's other actions. */
    static final String MORE = "more-";
    /** The class of a tile's buttons. */
    static final String ACTION = "booth-tile__action";
    /**
     * The event data of the tiles' click listener: the id of the button clicked. The tiles are
     * markup, not components, and one listener serves every button in them. A vaadin-button turns
     * Enter and Space into a click itself, so no key listener is needed.
     */
    static final String CLICKED = "event.target.closest('." + ACTION + "')?.id";

    private final transient BoardService boardService;
    private final transient BoardBroadcaster broadcaster;
    private final transient UiScheduler scheduler;
    private final transient ObjectProvider<BoardSidePanel> sidePanels;
    /** The side panels of other features, each with the bean that refreshes it. */
    private final Map<Component, BoardSidePanel> panels = new LinkedHashMap<>();
    private final @Nullable SiteInfo site;
    /** A wall display: the board as it is, with nothing to press. */
    private final boolean readOnly;
    private final Div summary = new Div();
    /** A plain grid: a Vaadin layout would write an inline display that beats the stylesheet's grid. */
    private final Div tiles = new Div();
    private final VerticalLayout queueList = new VerticalLayout();
    private final Div side = new Div();
    private final Span live = new Span();
    private final BoardAnnouncer announcer = new BoardAnnouncer();
    private final transient VisitCorrectionService corrections;
    private final transient VisitService visits;
    private transient @Nullable LivePush push;
    private @Nullable Board board;
    private final Span alarm = new Span();
    private final Button sound = new Button();
    private boolean soundOn;
    /** The booths in alarm at the last refresh, to tell when another one turns. */
    private Set<Long> inAlarm = Set.of();

    BoardView(BoardService boardService, BoardBroadcaster broadcaster, UiScheduler scheduler, CurrentSite currentSite,
              ObjectProvider<BoardSidePanel> sidePanels, AlertBanner alertBanner, VisitCorrectionService corrections,
              VisitService visits) {
        this.boardService = boardService;
        this.corrections = corrections;
        this.visits = visits;
        this.sidePanels = sidePanels;
        this.broadcaster = broadcaster;
        this.scheduler = scheduler;
        this.site = currentSite.get().orElse(null);
        this.readOnly = CurrentUser.hasRole(Role.DISPLAY);
        setPadding(false);
        addClassName("board-view");
        sound.setId("board-sound");
        sound.addClickListener(e -> switchSound(!soundOn));
        showSound();
        if (readOnly) {
            addClassName("board-view--display");
            add(new ViewToolbar(getTranslation("nav.board"), sound));
            if (site == null) {
                add(new Paragraph(getTranslation("board.noSite")));
                return;
            }
            layOut();
            return;
        }
        Button checkIn = new Button(getTranslation("board.checkIn.shortcut"), VaadinIcon.SIGN_IN.create(),
                e -> openCheckIn(null));
        checkIn.setId("check-in");
        checkIn.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        checkIn.addClickShortcut(Key.KEY_N, KeyModifier.ALT);
        Button refuse = new Button(getTranslation("board.refuse"), VaadinIcon.BAN.create(),
                e -> RefusalDialog.open(boardService, site.id(), "", this::refresh));
        refuse.setId("refuse");
        Button closeDay = new Button(getTranslation("correction.closeDay"), VaadinIcon.MOON_O.create(),
                e -> CloseDayDialog.open(corrections, site.id(), zone(), this::refresh));
        closeDay.setId("close-day");
        closeDay.setVisible(site != null && CurrentUser.hasRole(Role.SUPERVISOR));
        add(new ViewToolbar(getTranslation("nav.board"), checkIn, refuse, closeDay, sound));
        add(alertBanner);
        if (site == null) {
            checkIn.setEnabled(false);
            refuse.setEnabled(false);
            add(new Paragraph(getTranslation("board.noSite")));
            return;
        }
        layOut();
    }

    private void layOut() {
        getElement().executeJs(ALARM_SCRIPT, ALARM_REPEAT.toMillis()).then(Boolean.class, on -> {
            soundOn = Boolean.TRUE.equals(on);
            showSound();
        });
        alarm.setId("board-alarm");
        alarm.addClassName("board-alarm");
        alarm.getElement().getThemeList().add("badge error primary");
        alarm.getElement().setAttribute("role", "alert");
        summary.setId("board-summary");
        summary.addClassNames("board-summary", LumoUtility.Padding.Horizontal.MEDIUM);
        tiles.setId("board-tiles");
        tiles.addClassNames("board-tiles");
        if (!readOnly) {
            tiles.getElement().addEventListener("click", this::clicked).addEventData(CLICKED);
            tiles.getElement().executeJs(KEEP_FOCUS_SCRIPT);
        }
        queueList.setId("board-queue");
        queueList.setSpacing(false);
        queueList.setPadding(false);
        H2 queueTitle = new H2(getTranslation("board.queue"));
        queueTitle.addClassNames(LumoUtility.FontSize.LARGE, LumoUtility.Margin.NONE);
        // beside the tiles on a wide screen, below them on a narrow one (styles.css decides)
        side.setId("board-side");
        side.addClassName("board-side");
        side.add(queueTitle, queueList);
        sidePanels.orderedStream().forEach(p -> {
            Component panel = p.create(site.id(), readOnly);
            panels.put(panel, p);
            side.add(panel);
        });
        Div body = new Div(tiles, side);
        body.setId("board-body");
        body.addClassName("board-body");
        // a polite live region: screen readers hear each real change of a booth, not every tick
        live.setId("board-live");
        live.getElement().setAttribute("aria-live", "polite");
        live.addClassName(LumoUtility.Accessibility.SCREEN_READER_ONLY);
        add(summary, body, live);
        refresh();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        if (site == null) {
            return;
        }
        LivePush live = new LivePush(event.getUI(), scheduler, MIN_PUSH_INTERVAL, this::refresh).every(TICK);
        push = live.closing(broadcaster.register(site.id(), change -> live.request()));
        if (readOnly) {
            keepAlive(event.getUI());
        }
    }

    /**
     * A wall display is never signed out while its board is open. Idle sessions end because Vaadin
     * closes a session whose last request (heartbeats do not count) is older than the session
     * timeout; so the board sends a request of its own every few minutes, and its session gets a
     * longer timeout to ride out a short outage. Closing the board stops both.
     */
    private void keepAlive(UI ui) {
        WrappedSession session = VaadinSession.getCurrent() == null ? null : VaadinSession.getCurrent().getSession();
        if (session != null) {
            session.setMaxInactiveInterval((int) DISPLAY_SESSION.toSeconds());
        }
        // the listener does nothing: the request it causes is what counts as activity
        getElement().addEventListener(KEEPALIVE_EVENT, e -> {
        });
        getElement().executeJs("""
                const board = this;
                clearInterval(board.__keepAlive);
                board.__keepAlive = setInterval(() => {
                  if (!board.isConnected) { clearInterval(board.__keepAlive); return; }
                  board.dispatchEvent(new CustomEvent($0));
                }, $1);""", KEEPALIVE_EVENT, DISPLAY_KEEPALIVE.toMillis());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        // another view of the same page must not go on beeping for this board
        event.getUI().getPage().executeJs("window.dcrBoardAlarm && window.dcrBoardAlarm.alarms(0, false)");
        inAlarm = Set.of();
        if (push != null) {
            push.close();
            push = null;
        }
        super.onDetach(event);
    }

    void refresh() {
        if (site == null) {
            return;
        }
        board = boardService.board(site.id());
        announcer.changes(board, (key, label) -> getTranslation(key, label)).ifPresent(live::setText);
        renderSummary(board.summary());
        Instant now = board.takenAt();
        Markup html = new Markup();
        for (Board.Tile tile : board.tiles()) {
            tile(html, tile, now);
        }
        if (board.tiles().isEmpty()) {
            html.element("p", getTranslation("board.noBooths"));
        }
        // one string instead of a dozen components per tile; the tick re-renders it, timers included
        tiles.getElement().setProperty("innerHTML", html.toString());
        if (!readOnly) {
            tiles.getElement().executeJs(RESTORE_FOCUS_SCRIPT);
        }
        renderAlarm(now);
        renderQueue();
        panels.forEach((panel, owner) -> owner.refresh(panel));
    }

    private void renderSummary(BoardSummary s) {
        summary.removeAll();
        summary.add(count("free", s.free()), count("occupied", s.occupied()), count("cleaning", s.cleaning()),
                count("outOfService", s.outOfService()), count("queue", s.queueLength()), alarm);
    }

    /**
     * The alarm of booths over their limit: a banner naming them (besides the tiles' colour and
     * motion) and the page's sound, told at once when another booth turns to alarm.
     */
    private void renderAlarm(Instant now) {
        List<Board.Tile> over = board.tiles().stream()
                .filter(t -> t.state() == BoothState.OCCUPIED && t.timer(now) == TimerState.ALARM).toList();
        Set<Long> ids = over.stream().map(t -> t.booth().id()).collect(Collectors.toSet());
        alarm.setVisible(!over.isEmpty());
        alarm.setText(getTranslation("board.alarm", over.stream().map(t -> t.booth().label())
                .collect(Collectors.joining(", "))));
        boolean fresh = !inAlarm.containsAll(ids);
        if (fresh || ids.size() != inAlarm.size()) {
            getElement().executeJs("window.dcrBoardAlarm && window.dcrBoardAlarm.alarms($0, $1)", ids.size(), fresh);
        }
        inAlarm = ids;
    }

    private void switchSound(boolean on) {
        soundOn = on;
        getElement().executeJs("window.dcrBoardAlarm && window.dcrBoardAlarm.sound($0)", on);
        showSound();
    }

    private void showSound() {
        sound.setText(getTranslation(soundOn ? "board.sound.on" : "board.sound.off"));
        sound.setIcon((soundOn ? VaadinIcon.BELL : VaadinIcon.BELL_SLASH).create());
        sound.getElement().setAttribute("aria-pressed", String.valueOf(soundOn));
        sound.getElement().setAttribute("title", getTranslation("board.sound.hint"));
    }

    boolean soundOn() {
        return soundOn;
    }

    private Span count(String key, int n) {
        Span span = new Span(getTranslation("board.summary." + key) + ": " + n);
        span.setId("summary-" + key);
        span.getElement().getThemeList().add("badge contrast");
        return span;
    }

    /**
     * A tile as markup: label, kind, state, who is in it and for how long, its one primary action
     * and a "more" button for the rest ({@link BoothActionsDialog}). The buttons are
     * {@code vaadin-button}s (Enter and Space click them, as on a Button) whose ids the tiles' one
     * click listener reads; every text in here is escaped by {@link Markup}.
     */
    private void tile(Markup html, Board.Tile tile, Instant now) {
        long id = tile.booth().id();
        String modifier = switch (tile.state()) {
            case FREE -> "booth-tile--free";
            case OCCUPIED -> switch (tile.timer(now)) {
                case NORMAL -> "booth-tile--occupied";
                case WARNING -> "booth-tile--warning";
                case ALARM -> "booth-tile--alarm";
            };
            case CLEANING -> "booth-tile--cleaning";
            case OUT_OF_SERVICE -> "booth-tile--out-of-service";
        };
        html.open("div", "id", TILE + id, "class", "booth-tile " + modifier)
                .open("div", "class", "booth-tile__head")
                .element("span", tile.booth().label(), "class", "booth-tile__label");
        if (!readOnly) {
            html.open("vaadin-button", "id", MORE + id, "class", ACTION + " booth-tile__more",
                        "theme", "small tertiary icon", "aria-label", getTranslation("board.more", tile.booth().label()),
                        "title", getTranslation("board.more", tile.booth().label()))
                .element("vaadin-icon", "", "icon", "vaadin:ellipsis-dots-v")
                .close("vaadin-button");
        }
        html.close("div");
        html.element("span", getTranslation("enum.BoothKind." + tile.booth().kind().name()), "class",
                "booth-tile__kind");
        html.element("span", tile.state() == BoothState.CLEANING
                        ? getTranslation("board.cleaningUntil", TIME.format(tile.cleaningUntil().atZone(zone())))
                        : getTranslation("board.state." + tile.state().name()),
                "class", "booth-tile__state");
        switch (tile.state()) {
            case FREE -> button(html, CHECK_IN + id, getTranslation("board.checkIn"));
            case OCCUPIED -> occupied(html, tile, now);
            case CLEANING -> button(html, CLEAN + id, getTranslation("board.clean"));
            case OUT_OF_SERVICE -> {
                // nothing to do on the tile
            }
        }
        html.close("div");
    }

    private void occupied(Markup html, Board.Tile tile, Instant now) {
        long id = tile.booth().id();
        Board.OpenVisit v = tile.visit();
        TimerState timer = tile.timer(now);
        long minutes = Duration.between(v.startedAt(), now).toMinutes();
        html.element("span", v.alias(), "class", "booth-tile__alias")
                .element("span", switch (timer) {
                    case NORMAL -> getTranslation("board.timer", minutes);
                    case WARNING -> getTranslation("board.timer.warning", minutes, tile.limitMinutes());
                    case ALARM -> getTranslation("board.timer.alarm", minutes, tile.limitMinutes());
                }, "id", "timer-" + id, "class", "booth-tile__timer");
        button(html, CHECK_OUT + id, getTranslation("board.checkOut"));
    }

    /**
     * What the "more" dialog offers for a booth besides the tile's primary action. Further actions
     * (corrections of a visit, out of service) are added here as more entries.
     */
    List<BoothActionsDialog.Action> moreActions(Board.Tile tile) {
        List<BoothActionsDialog.Action> actions = new ArrayList<>();
        long id = tile.booth().id();
        switch (tile.state()) {
            case FREE -> {
                Optional<Board.Waiting> next = nextWaiting(tile);
                actions.add(new BoothActionsDialog.Action("offer",
                        next.map(w -> getTranslation("board.offer", w.alias())).orElse(getTranslation("board.offer.nobody")),
                        next.isPresent(),
                        () -> next.ifPresent(w -> AdmitDialog.open(boardService, site.id(), w, tile.booth(), this::refresh))));
            }
            case OCCUPIED -> {
                Board.OpenVisit v = tile.visit();
                actions.add(new BoothActionsDialog.Action("incident", getTranslation("board.reportIncident"), true,
                        () -> getUI().ifPresent(ui -> ui.navigate("incidents/new", QueryParameters.simple(Map.of(
                                "booth", String.valueOf(id), "visit", String.valueOf(v.visitId()), "alias", v.alias()))))));
                corrections(actions, tile, v);
            }
            case CLEANING, OUT_OF_SERVICE -> {
                // the primary action on the tile is all there is, besides the booth's service below
            }
        }
        if (tile.state() != BoothState.OCCUPIED && CurrentUser.hasRole(Role.SUPERVISOR)) {
            actions.add(new BoothActionsDialog.Action("service", getTranslation(tile.booth().inService()
                    ? "boothstatus.out" : "boothstatus.in"), true,
                    () -> BoothServiceDialog.open(corrections, site.id(), tile.booth(), this::refresh)));
        }
        return actions;
    }

    /**
     * The corrections of an open visit: void, correct and move for whoever may correct it now (a
     * supervisor, or the staff member who checked it in, for a short while), a check-out at a past
     * time for supervisors, and its history.
     */
    private void corrections(List<BoothActionsDialog.Action> actions, Board.Tile tile, Board.OpenVisit v) {
        long siteId = site.id();
        String label = v.alias() + " · " + tile.booth().label();
        boolean mayCorrect = corrections.mayCorrect(siteId, v.visitId());
        actions.add(new BoothActionsDialog.Action("void", getTranslation("correction.void"), mayCorrect,
                () -> VoidVisitDialog.open(corrections, siteId, v.visitId(), label, this::refresh)));
        actions.add(new BoothActionsDialog.Action("correct", getTranslation("correction.correct"), mayCorrect,
                () -> CorrectVisitDialog.open(corrections, siteId, visits.row(siteId, v.visitId()), zone(), this::refresh)));
        actions.add(new BoothActionsDialog.Action("move", getTranslation("correction.move"), mayCorrect,
                () -> MoveVisitDialog.open(corrections, boardService, siteId, v.visitId(), v.route(), label, this::refresh)));
        if (CurrentUser.hasRole(Role.SUPERVISOR)) {
            actions.add(new BoothActionsDialog.Action("check-out-at", getTranslation("correction.checkOut"), true,
                    () -> CheckOutAtDialog.open(corrections, siteId, v.visitId(), label, zone(), this::refresh)));
        }
        actions.add(new BoothActionsDialog.Action("history", getTranslation("correction.history"), true,
                () -> VisitHistoryDialog.open(corrections, siteId, v.visitId(), label, zone())));
    }

    private void openMore(Board.Tile tile) {
        List<String> details = new ArrayList<>();
        details.add(getTranslation("enum.BoothKind." + tile.booth().kind().name()) + " · "
                + getTranslation("board.state." + tile.state().name()));
        Board.OpenVisit v = tile.visit();
        if (v != null) {
            details.add(v.alias() + " · " + v.substances().stream().map(Labels::of).sorted()
                    .collect(Collectors.joining(", ")) + " · " + Labels.of(v.route()) + " · "
                    + getTranslation("board.more.since", TIME.format(v.startedAt().atZone(zone()))));
        }
        OutOfService out = tile.outOfService();
        if (tile.state() == BoothState.OUT_OF_SERVICE && out != null && out.since() != null) {
            details.add(getTranslation("boothstatus.since", TIME.format(out.since().atZone(zone())),
                    out.by(), out.reason()));
        }
        new BoothActionsDialog(tile.booth().label(), details, moreActions(tile)).open();
    }

    /** The markup of a small Button: the same look and keyboard handling in the browser. None on a wall display. */
    private void button(Markup html, String id, String text) {
        if (readOnly) {
            return;
        }
        html.element("vaadin-button", text, "id", id, "class", ACTION, "theme", "small");
    }

    /**
     * Acts on what the tiles' one click listener reports: the id of the button clicked. The id comes
     * from the browser, so it only ever selects among the buttons of the board as drawn.
     */
    private void clicked(DomEvent e) {
        JsonNode clicked = e.getEventData().get(CLICKED);
        if (readOnly || board == null || clicked == null || !clicked.isString()) {
            return;
        }
        String target = clicked.stringValue();
        for (Board.Tile tile : board.tiles()) {
            long id = tile.booth().id();
            if (target.equals(MORE + id)) {
                openMore(tile);
                return;
            }
            switch (tile.state()) {
                case FREE -> {
                    if (target.equals(CHECK_IN + id)) {
                        openCheckIn(tile);
                        return;
                    }
                }
                case OCCUPIED -> {
                    if (target.equals(CHECK_OUT + id)) {
                        CheckOutDialog.open(boardService, site.id(), tile, this::refresh);
                        return;
                    }
                }
                case CLEANING -> {
                    if (target.equals(CLEAN + id)) {
                        run(() -> boardService.markClean(site.id(), id));
                        return;
                    }
                }
                case OUT_OF_SERVICE -> {
                    // no buttons
                }
            }
        }
    }

    private Optional<Board.Waiting> nextWaiting(Board.Tile tile) {
        return board.queue().stream().filter(w -> w.route().fits(tile.booth().kind())).findFirst();
    }

    private void renderQueue() {
        queueList.removeAll();
        if (board.queue().isEmpty()) {
            queueList.add(new Paragraph(getTranslation("board.queue.empty")));
            return;
        }
        int position = 1;
        for (Board.Waiting w : board.queue()) {
            Span text = new Span(position++ + ". " + w.alias() + " · " + Labels.of(w.route()) + " · "
                    + getTranslation("board.queue.since", TIME.format(w.joinedAt().atZone(zone()))));
            if (readOnly) {
                queueList.add(text);
                continue;
            }
            Button admit = small(getTranslation("queue.admit"),
                    e -> AdmitDialog.open(boardService, site.id(), w, null, this::refresh));
            admit.setId("admit-" + w.entryId());
            admit.setEnabled(board.tiles().stream()
                    .anyMatch(t -> t.state() == BoothState.FREE && w.route().fits(t.booth().kind())));
            Button left = small(getTranslation("queue.left"), e -> run(() -> boardService.leaveQueue(site.id(), w.entryId())));
            left.setId("left-" + w.entryId());
            HorizontalLayout row = new HorizontalLayout(text, admit, left);
            row.setAlignItems(Alignment.CENTER);
            row.addClassNames(LumoUtility.FlexWrap.WRAP, LumoUtility.Gap.SMALL);
            row.setSpacing(false);
            queueList.add(row);
        }
    }

    private void openCheckIn(Board.@Nullable Tile tile) {
        new CheckInDialog(boardService, site.id(), tile == null ? null : tile.booth(), this::refresh).open();
    }

    private void run(Runnable action) {
        try {
            action.run();
        } catch (BusinessException e) {
            Notifications.error(getTranslation(e.messageKey(), e.args()));
        }
        refresh();
    }

    private ZoneId zone() {
        return site.zone();
    }

    private static Button small(String text, com.vaadin.flow.component.ComponentEventListener<
            com.vaadin.flow.component.ClickEvent<Button>> listener) {
        Button b = new Button(text, listener);
        b.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return b;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.board") + " · " + getTranslation("app.title");
    }
}

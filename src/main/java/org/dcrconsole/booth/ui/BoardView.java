package org.dcrconsole.booth.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.dcrconsole.base.BusinessException;
import org.dcrconsole.base.i18n.Labels;
import org.dcrconsole.base.ui.Markup;
import org.dcrconsole.base.ui.Notifications;
import org.dcrconsole.base.ui.ViewToolbar;
import org.dcrconsole.booth.Board;
import org.dcrconsole.booth.BoardBroadcaster;
import org.dcrconsole.booth.BoardService;
import org.dcrconsole.booth.BoardSummary;
import org.dcrconsole.booth.BoothState;
import org.dcrconsole.booth.TimerState;
import org.dcrconsole.security.Roles;
import org.dcrconsole.site.SiteInfo;
import org.dcrconsole.site.ui.CurrentSite;
import org.jspecify.annotations.Nullable;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import tools.jackson.databind.JsonNode;

/**
 * The live board of the current site: a tile per booth (free, occupied with a running timer,
 * cleaning, out of service), the counts and the queue. Changes made on any screen arrive by
 * server push after commit, at most {@link #PUSHES_PER_SECOND} times a second; timers move on
 * every {@link #TICK}.
 */
@Route("board")
@RolesAllowed({Roles.STAFF, Roles.SUPERVISOR, Roles.MANAGER})
@Menu(order = 10, title = "nav.board", icon = "vaadin:grid-big")
public class BoardView extends VerticalLayout implements HasDynamicTitle {

    static final int PUSHES_PER_SECOND = 4;
    static final Duration MIN_PUSH_INTERVAL = Duration.ofMillis(1000 / PUSHES_PER_SECOND);
    static final Duration TICK = Duration.ofSeconds(15);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    /** Id prefixes of a tile and of its buttons, each followed by the booth's id. */
    static final String TILE = "tile-";
    static final String CHECK_IN = "check-in-";
    static final String OFFER = "offer-";
    static final String CLEAN = "clean-";
    static final String CHECK_OUT = "check-out-";
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
    private final transient BoardTicker ticker;
    private final @Nullable SiteInfo site;
    private final Div summary = new Div();
    private final FlexLayout tiles = new FlexLayout();
    private final VerticalLayout queueList = new VerticalLayout();
    private final AtomicBoolean refreshPending = new AtomicBoolean();
    private final Span live = new Span();
    private final BoardAnnouncer announcer = new BoardAnnouncer();
    private volatile long lastPushNanos = System.nanoTime() - MIN_PUSH_INTERVAL.toNanos();
    private transient @Nullable Registration changes;
    private transient @Nullable ScheduledFuture<?> tick;
    private @Nullable Board board;

    BoardView(BoardService boardService, BoardBroadcaster broadcaster, BoardTicker ticker, CurrentSite currentSite) {
        this.boardService = boardService;
        this.broadcaster = broadcaster;
        this.ticker = ticker;
        this.site = currentSite.get().orElse(null);
        setPadding(false);
        addClassName("board-view");
        Button checkIn = new Button(getTranslation("board.checkIn.shortcut"), VaadinIcon.SIGN_IN.create(),
                e -> openCheckIn(null));
        checkIn.setId("check-in");
        checkIn.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        checkIn.addClickShortcut(Key.KEY_N, KeyModifier.ALT);
        Button refuse = new Button(getTranslation("board.refuse"), VaadinIcon.BAN.create(),
                e -> RefusalDialog.open(boardService, site.id(), "", this::refresh));
        refuse.setId("refuse");
        add(new ViewToolbar(getTranslation("nav.board"), checkIn, refuse));
        if (site == null) {
            checkIn.setEnabled(false);
            refuse.setEnabled(false);
            add(new Paragraph(getTranslation("board.noSite")));
            return;
        }
        summary.setId("board-summary");
        summary.addClassNames("board-summary", LumoUtility.Padding.Horizontal.MEDIUM);
        tiles.setId("board-tiles");
        tiles.addClassNames("board-tiles", LumoUtility.Padding.Horizontal.MEDIUM);
        tiles.getElement().addEventListener("click", this::clicked).addEventData(CLICKED);
        queueList.setId("board-queue");
        queueList.setSpacing(false);
        H2 queueTitle = new H2(getTranslation("board.queue"));
        queueTitle.addClassNames(LumoUtility.FontSize.LARGE, LumoUtility.Padding.Horizontal.MEDIUM);
        // a polite live region: screen readers hear each real change of a booth, not every tick
        live.setId("board-live");
        live.getElement().setAttribute("aria-live", "polite");
        live.addClassName(LumoUtility.Accessibility.SCREEN_READER_ONLY);
        add(summary, tiles, queueTitle, queueList, live);
        refresh();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        if (site == null) {
            return;
        }
        UI ui = event.getUI();
        SecurityContext security = SecurityContextHolder.getContext();
        changes = broadcaster.register(site.id(), change -> requestRefresh(ui, security));
        tick = ticker.every(() -> push(ui, security), TICK);
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (changes != null) {
            changes.remove();
            changes = null;
        }
        if (tick != null) {
            tick.cancel(false);
            tick = null;
        }
        super.onDetach(event);
    }

    /** Coalesces bursts of changes into one push, no sooner than the minimum interval after the last. */
    private void requestRefresh(UI ui, SecurityContext security) {
        if (!refreshPending.compareAndSet(false, true)) {
            return;
        }
        long waitNanos = Math.max(0, lastPushNanos + MIN_PUSH_INTERVAL.toNanos() - System.nanoTime());
        ticker.later(() -> push(ui, security), Duration.ofNanos(waitNanos));
    }

    private void push(UI ui, SecurityContext security) {
        try {
            ui.access(() -> {
                refreshPending.set(false);
                lastPushNanos = System.nanoTime();
                new DelegatingSecurityContextRunnable(this::refresh, security).run();
            });
        } catch (UIDetachedException closed) {
            // the screen closed between the change and the push; onDetach removes the listeners
        }
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
        renderQueue();
    }

    private void renderSummary(BoardSummary s) {
        summary.removeAll();
        summary.add(count("free", s.free()), count("occupied", s.occupied()), count("cleaning", s.cleaning()),
                count("outOfService", s.outOfService()), count("queue", s.queueLength()));
    }

    private Span count(String key, int n) {
        Span span = new Span(getTranslation("board.summary." + key) + ": " + n);
        span.setId("summary-" + key);
        span.getElement().getThemeList().add("badge contrast");
        return span;
    }

    /**
     * A tile as markup: its state, what is in it and its action buttons. The buttons are
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
                .open("div")
                .element("span", tile.booth().label(), "class", "booth-tile__label")
                .element("span", getTranslation("enum.BoothKind." + tile.booth().kind().name()), "class",
                        "booth-tile__kind")
                .close("div")
                .element("span", getTranslation("board.state." + tile.state().name()), "class", "booth-tile__state");
        switch (tile.state()) {
            case FREE -> {
                button(html, CHECK_IN + id, getTranslation("board.checkIn"));
                nextWaiting(tile).ifPresent(w -> button(html, OFFER + id, getTranslation("board.offer", w.alias())));
            }
            case OCCUPIED -> occupied(html, tile, now);
            case CLEANING -> {
                html.element("span", getTranslation("board.cleaningUntil",
                        TIME.format(tile.cleaningUntil().atZone(zone()))));
                button(html, CLEAN + id, getTranslation("board.clean"));
            }
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
                .element("span", v.substances().stream().map(Labels::of).sorted().collect(Collectors.joining(", "))
                        + " · " + Labels.of(v.route()))
                .element("span", switch (timer) {
                    case NORMAL -> getTranslation("board.timer", minutes);
                    case WARNING -> getTranslation("board.timer.warning", minutes, tile.limitMinutes());
                    case ALARM -> getTranslation("board.timer.alarm", minutes, tile.limitMinutes());
                }, "id", "timer-" + id, "class", "booth-tile__timer")
                .open("div", "class", "booth-tile__actions");
        button(html, CHECK_OUT + id, getTranslation("board.checkOut"));
        html.element("a", getTranslation("board.reportIncident"),
                        "id", "incident-" + id, "class", "booth-tile__incident",
                        "href", "incidents/new?booth=" + id + "&visit=" + v.visitId() + "&alias="
                                + URLEncoder.encode(v.alias(), StandardCharsets.UTF_8))
                .close("div");
    }

    /** The markup of a small Button: the same look and keyboard handling in the browser. */
    private static void button(Markup html, String id, String text) {
        html.element("vaadin-button", text, "id", id, "class", ACTION, "theme", "small");
    }

    /**
     * Acts on what the tiles' one click listener reports: the id of the button clicked. The id comes
     * from the browser, so it only ever selects among the buttons of the board as drawn.
     */
    private void clicked(DomEvent e) {
        JsonNode clicked = e.getEventData().get(CLICKED);
        if (board == null || clicked == null || !clicked.isString()) {
            return;
        }
        String target = clicked.stringValue();
        for (Board.Tile tile : board.tiles()) {
            long id = tile.booth().id();
            switch (tile.state()) {
                case FREE -> {
                    if (target.equals(CHECK_IN + id)) {
                        openCheckIn(tile);
                        return;
                    }
                    if (target.equals(OFFER + id)) {
                        nextWaiting(tile).ifPresent(w ->
                                AdmitDialog.open(boardService, site.id(), w, tile.booth(), this::refresh));
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
            Button admit = small(getTranslation("queue.admit"),
                    e -> AdmitDialog.open(boardService, site.id(), w, null, this::refresh));
            admit.setId("admit-" + w.entryId());
            admit.setEnabled(board.tiles().stream()
                    .anyMatch(t -> t.state() == BoothState.FREE && w.route().fits(t.booth().kind())));
            Button left = small(getTranslation("queue.left"), e -> run(() -> boardService.leaveQueue(site.id(), w.entryId())));
            left.setId("left-" + w.entryId());
            HorizontalLayout row = new HorizontalLayout(text, admit, left);
            row.setAlignItems(Alignment.CENTER);
            row.addClassNames(LumoUtility.Padding.Horizontal.MEDIUM);
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

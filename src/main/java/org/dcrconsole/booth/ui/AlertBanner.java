package org.dcrconsole.booth.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import org.dcrconsole.base.i18n.Labels;
import org.dcrconsole.base.ui.LivePush;
import org.dcrconsole.base.ui.UiScheduler;
import org.dcrconsole.booth.ActiveAlert;
import org.dcrconsole.booth.ActiveAlertService;
import org.dcrconsole.booth.BoardBroadcaster;
import org.dcrconsole.booth.BoardChange;
import org.dcrconsole.security.CurrentUser;
import org.dcrconsole.security.Role;
import org.dcrconsole.site.SiteInfo;
import org.dcrconsole.site.ui.CurrentSite;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;

/**
 * The active drug-checking alerts of the current site, as a banner at the top of the board and
 * the dashboard. It re-reads when an alert of its site is raised or ended (the board's push path,
 * {@link BoardChange.Kind#ALERT}) and on a slow tick, so an expired alert goes away by itself.
 * Hidden when no alert holds, and for users who see no floor data.
 */
@SpringComponent
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
public class AlertBanner extends Div {

    /** How often an open banner re-reads, so that alerts vanish soon after they expire. */
    static final Duration EXPIRY_TICK = Duration.ofSeconds(15);
    /** Alerts are rare; a burst of them (or a reconnect) still makes one push a second at most. */
    static final Duration MIN_PUSH_INTERVAL = Duration.ofSeconds(1);

    private final transient ActiveAlertService alerts;
    private final transient BoardBroadcaster broadcaster;
    private final transient UiScheduler scheduler;
    private final @Nullable SiteInfo site;
    private transient @Nullable LivePush push;

    AlertBanner(ActiveAlertService alerts, BoardBroadcaster broadcaster, UiScheduler scheduler, CurrentSite currentSite) {
        this.alerts = alerts;
        this.broadcaster = broadcaster;
        this.scheduler = scheduler;
        // whoever sees a board sees its alerts, the wall display too (the roles of Roles.BOARD)
        boolean board = CurrentUser.hasRole(Role.STAFF) || CurrentUser.hasRole(Role.SUPERVISOR)
                || CurrentUser.hasRole(Role.MANAGER) || CurrentUser.hasRole(Role.DISPLAY);
        this.site = board ? currentSite.get().orElse(null) : null;
        setId("alert-banner");
        addClassName("alert-banner");
        refresh();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        if (site == null) {
            return;
        }
        LivePush live = new LivePush(event.getUI(), scheduler, MIN_PUSH_INTERVAL, this::refresh).every(EXPIRY_TICK);
        // an alert, or a relay that lost changes while it reconnected, is worth reading again
        push = live.closing(broadcaster.register(site.id(), change -> {
            if (change.kind() == BoardChange.Kind.ALERT || change.kind() == BoardChange.Kind.RESYNC) {
                live.request();
            }
        }));
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (push != null) {
            push.close();
            push = null;
        }
        super.onDetach(event);
    }

    /** Reads the site's active alerts again and shows them, most serious first. */
    void refresh() {
        removeAll();
        List<ActiveAlert> active = site == null ? List.of() : alerts.active(site.id());
        setVisible(!active.isEmpty());
        ZoneId zone = site == null ? ZoneId.systemDefault() : site.zone();
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale())
                .withZone(zone);
        for (ActiveAlert alert : active) {
            Div line = new Div();
            line.setId("alert-" + alert.id());
            line.addClassNames("alert-banner__alert", "alert-banner__alert--" + alert.severity().name().toLowerCase());
            Span head = new Span(getTranslation(alert.network() ? "alertBanner.network" : "alertBanner.site",
                    Labels.of(alert.severity())));
            head.addClassName("alert-banner__head");
            Span text = new Span(alert.text());
            text.addClassName("alert-banner__text");
            Span until = new Span(getTranslation("alertBanner.until", time.format(alert.expiresAt())));
            until.addClassName("alert-banner__until");
            line.add(head, text, until);
            add(line);
        }
    }
}

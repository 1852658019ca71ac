package org.dcrconsole.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.shared.Registration;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The one way a view pushes fresh data to its open screen. Made in {@code onAttach} (it keeps the
 * UI and the signed-in person of that moment) and closed in {@code onDetach}:
 * <ul>
 * <li>{@link #request()} after a change: bursts are coalesced into one push, no sooner than the
 * minimum interval after the last, so a busy floor cannot flood a screen;</li>
 * <li>{@link #every(Duration)} for a steady tick (timers, expiring alerts);</li>
 * <li>{@link #closing(Registration)} for the listener registrations that feed it, removed on
 * {@link #close()}.</li>
 * </ul>
 * The refresh runs under {@code ui.access} with the person's security context, so the services it
 * calls check that person's roles as they would for a click.
 */
public final class LivePush {

    private final UI ui;
    private final SecurityContext security;
    private final UiScheduler scheduler;
    private final Duration minInterval;
    private final Runnable refresh;
    private final AtomicBoolean pending = new AtomicBoolean();
    private final List<Registration> registrations = new ArrayList<>();
    private final List<ScheduledFuture<?>> ticks = new ArrayList<>();
    private volatile long lastPushNanos;

    public LivePush(UI ui, UiScheduler scheduler, Duration minInterval, Runnable refresh) {
        this.ui = ui;
        this.security = SecurityContextHolder.getContext();
        this.scheduler = scheduler;
        this.minInterval = minInterval;
        this.refresh = refresh;
        this.lastPushNanos = System.nanoTime() - minInterval.toNanos();
    }

    /** Asks for a push; a push already waiting takes this request along. */
    public void request() {
        if (!pending.compareAndSet(false, true)) {
            return;
        }
        long waitNanos = Math.max(0, lastPushNanos + minInterval.toNanos() - System.nanoTime());
        scheduler.later(this::push, Duration.ofNanos(waitNanos));
    }

    /** Pushes every period as well, until closed. */
    public LivePush every(Duration period) {
        ticks.add(scheduler.every(this::push, period));
        return this;
    }

    /** Removes the registration (typically the change listener feeding {@link #request()}) on close. */
    public LivePush closing(Registration registration) {
        registrations.add(registration);
        return this;
    }

    /** Stops the ticks and removes the listeners; a push already queued finds the screen gone. */
    public void close() {
        registrations.forEach(Registration::remove);
        registrations.clear();
        ticks.forEach(t -> t.cancel(false));
        ticks.clear();
    }

    private void push() {
        try {
            ui.access(() -> {
                pending.set(false);
                lastPushNanos = System.nanoTime();
                new DelegatingSecurityContextRunnable(refresh, security).run();
            });
        } catch (UIDetachedException closed) {
            // the screen closed between the change and the push; onDetach closes this
            pending.set(false);
        }
    }
}

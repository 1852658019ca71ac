package org.dcrconsole.base.ui;

import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * One small scheduler for every live screen: delayed (throttled) pushes after a change and the
 * periodic ticks that move timers on. Server-side, so an open screen does not count as user
 * activity and idle sessions still end. Views reach it through {@link LivePush}.
 */
@Component
public class UiScheduler implements DisposableBean {

    private final ScheduledThreadPoolExecutor scheduler = new ScheduledThreadPoolExecutor(1, r -> {
        Thread t = new Thread(r, "ui-push");
        t.setDaemon(true);
        return t;
    });

    UiScheduler() {
        // a closed screen cancels its tick; without this the cancelled task, and with it the
        // screen's whole UI, would stay in the queue until its next due time
        scheduler.setRemoveOnCancelPolicy(true);
    }

    ScheduledFuture<?> later(Runnable task, Duration delay) {
        return scheduler.schedule(task, delay.toNanos(), TimeUnit.NANOSECONDS);
    }

    ScheduledFuture<?> every(Runnable task, Duration period) {
        return scheduler.scheduleWithFixedDelay(task, period.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void destroy() {
        scheduler.shutdownNow();
    }
}

package org.dcrconsole.booth.ui;

import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * One small scheduler for all open boards: delayed (throttled) refreshes after a change and the
 * periodic tick that moves timers on. Server-side, so an open board does not count as user
 * activity and idle sessions still end.
 */
@Component
class BoardTicker implements DisposableBean {

    private final ScheduledThreadPoolExecutor scheduler = new ScheduledThreadPoolExecutor(1, r -> {
        Thread t = new Thread(r, "board-ticker");
        t.setDaemon(true);
        return t;
    });

    BoardTicker() {
        // a closed board cancels its tick; without this the cancelled task, and with it the
        // board's whole UI, would stay in the queue until its next due time
        scheduler.setRemoveOnCancelPolicy(true);
    }

    ScheduledFuture<?> later(Runnable task, Duration delay) {
        return scheduler.schedule(task, delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    ScheduledFuture<?> every(Runnable task, Duration period) {
        return scheduler.scheduleWithFixedDelay(task, period.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void destroy() {
        scheduler.shutdownNow();
    }
}

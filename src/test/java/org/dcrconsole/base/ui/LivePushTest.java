package org.dcrconsole.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.dcrconsole.KaribuTest;
import org.junit.jupiter.api.Test;

/** The one push path of live screens: bursts are coalesced, ticks repeat, closing stops both. */
class LivePushTest extends KaribuTest {

    @Test
    void a_burst_of_requests_makes_one_push_and_a_later_request_another() throws Exception {
        AtomicInteger refreshes = new AtomicInteger();
        LivePush push = new LivePush(UI.getCurrent(), ctx.getBean(UiScheduler.class), Duration.ofMillis(300),
                refreshes::incrementAndGet);

        for (int i = 0; i < 20; i++) {
            push.request();
        }
        awaitRefreshes(refreshes, 1);
        Thread.sleep(400);
        MockVaadin.runUIQueue();
        assertThat(refreshes).as("twenty requests in a burst").hasValue(1);

        push.request();
        awaitRefreshes(refreshes, 2);
        assertThat(refreshes).hasValue(2);
        push.close();
    }

    @Test
    void a_tick_repeats_until_the_push_is_closed() throws Exception {
        AtomicInteger refreshes = new AtomicInteger();
        LivePush push = new LivePush(UI.getCurrent(), ctx.getBean(UiScheduler.class), Duration.ofMillis(10),
                refreshes::incrementAndGet).every(Duration.ofMillis(50));

        awaitRefreshes(refreshes, 3);
        push.close();
        MockVaadin.runUIQueue();
        int atClose = refreshes.get();
        Thread.sleep(200);
        MockVaadin.runUIQueue();

        assertThat(atClose).isGreaterThanOrEqualTo(3);
        assertThat(refreshes).as("no tick after closing").hasValue(atClose);
    }

    private static void awaitRefreshes(AtomicInteger refreshes, int count) throws InterruptedException {
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (refreshes.get() < count && System.nanoTime() < deadline) {
            Thread.sleep(10);
            MockVaadin.runUIQueue();
        }
    }
}

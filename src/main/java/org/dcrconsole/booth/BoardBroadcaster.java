package org.dcrconsole.booth;

import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.dcrconsole.security.CurrentUser;
import org.dcrconsole.security.Roles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells every open screen of a site that its board changed, once the change is committed (a
 * screen never shows a check-in that was rolled back). Listeners run on the committing thread
 * (or the {@link BoardRelay}'s, for changes from other instances) and must only hand the work
 * over (e.g. {@code ui.access}); a failing listener does not stop the others. On PostgreSQL the
 * relay also tells the other console instances, so their screens hear it too.
 */
@Component
public class BoardBroadcaster {

    private static final Logger log = LoggerFactory.getLogger(BoardBroadcaster.class);

    private final Map<Long, List<Consumer<BoardChange>>> listeners = new ConcurrentHashMap<>();
    private final BoardRelay relay;

    BoardBroadcaster(BoardRelay relay) {
        this.relay = relay;
        relay.connect(this::deliver, this::resyncAll);
    }

    /**
     * Registers a listener for one site's changes; remove it (screen closed) with the returned
     * registration.
     */
    @PreAuthorize(Roles.BOARD)
    public Registration register(long siteId, Consumer<BoardChange> listener) {
        CurrentUser.requireSite(siteId);
        List<Consumer<BoardChange>> list = listeners.computeIfAbsent(siteId, id -> new CopyOnWriteArrayList<>());
        list.add(listener);
        return () -> list.remove(listener);
    }

    /** How many listeners a site has (screens open on it). */
    public int listenerCount(long siteId) {
        return listeners.getOrDefault(siteId, List.of()).size();
    }

    /** Inside the changing transaction: the other instances hear of it when (and if) it commits. */
    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void committing(BoardChange change) {
        relay.send(change);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void committed(BoardChange change) {
        deliver(change);
    }

    /** Every open screen of every site refreshes in full (after the relay missed notifications). */
    void resyncAll() {
        for (Long siteId : listeners.keySet()) {
            deliver(new BoardChange(siteId, BoardChange.Kind.RESYNC, null));
        }
    }

    void deliver(BoardChange change) {
        for (Consumer<BoardChange> listener : listeners.getOrDefault(change.siteId(), List.of())) {
            try {
                listener.accept(change);
            } catch (RuntimeException e) {
                log.warn("A board listener failed on {}", change.kind(), e);
            }
        }
    }
}

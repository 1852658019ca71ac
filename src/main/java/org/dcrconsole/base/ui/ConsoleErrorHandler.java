package org.dcrconsole.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import java.io.Serial;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.sql.SQLNonTransientConnectionException;
import org.dcrconsole.base.BusinessException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionException;

/**
 * What the user sees when an action fails with an exception no form caught: a database that is
 * away (restart, network) is told as such, so staff retry instead of reporting a bug; a
 * concurrent change, a conflicting record or a refusal get the same notices the forms show;
 * anything else a generic message, and the full exception goes to the log for the operator.
 */
public class ConsoleErrorHandler implements ErrorHandler {

    @Serial
    private static final long serialVersionUID = 1L;

    private static final Logger log = LoggerFactory.getLogger(ConsoleErrorHandler.class);

    public static final String DATABASE_UNREACHABLE = "ops.error.database";
    public static final String UNEXPECTED = "ops.error.unexpected";
    static final String CONCURRENT_CHANGE = "error.concurrentChange";
    static final String INTEGRITY = "error.integrity";
    static final String ACCESS_DENIED = "error.accessDenied";

    @Override
    public void error(ErrorEvent event) {
        Throwable t = event.getThrowable();
        String key = messageKey(t);
        if (UNEXPECTED.equals(key)) {
            log.error("Unhandled exception in the UI", t);
        } else if (DATABASE_UNREACHABLE.equals(key)) {
            log.warn("Database not reachable: {}", rootMessage(t));
        }
        UI ui = UI.getCurrent();
        if (ui == null) {
            return;
        }
        BusinessException refusal = find(t, BusinessException.class);
        String text = refusal != null ? ui.getTranslation(refusal.messageKey(), refusal.args()) : ui.getTranslation(key);
        Notifications.error(text);
    }

    /**
     * The i18n key of the message for an exception, judged on the whole cause chain: the
     * specific cases (conflict, refusal) before the general database failure.
     */
    public static String messageKey(Throwable t) {
        if (find(t, OptimisticLockingFailureException.class) != null) {
            return CONCURRENT_CHANGE;
        }
        if (find(t, BusinessException.class) != null) {
            return find(t, BusinessException.class).messageKey();
        }
        if (find(t, AccessDeniedException.class) != null) {
            return ACCESS_DENIED;
        }
        if (find(t, DataIntegrityViolationException.class) != null) {
            return INTEGRITY;
        }
        if (isDatabaseUnreachable(t)) {
            return DATABASE_UNREACHABLE;
        }
        return UNEXPECTED;
    }

    /** A failure to reach or talk to the database, as opposed to a bug or a refused change. */
    public static boolean isDatabaseUnreachable(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof DataAccessException || c instanceof CannotCreateTransactionException
                    || c instanceof SQLTransientConnectionException || c instanceof SQLNonTransientConnectionException
                    || c instanceof SQLRecoverableException) {
                return true;
            }
            if (c instanceof TransactionException && c.getCause() instanceof SQLException) {
                return true;
            }
            // SQL state class 08: connection exception; 57P01..03: the server shut down
            if (c instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true;
            }
        }
        return false;
    }

    private static <T extends Throwable> T find(Throwable t, Class<T> type) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (type.isInstance(c)) {
                return type.cast(c);
            }
        }
        return null;
    }

    private static String rootMessage(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}

package org.dcrconsole.ops;

import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import java.sql.SQLTransientConnectionException;
import java.util.List;
import java.util.Locale;
import org.dcrconsole.KaribuTest;
import org.dcrconsole.base.BusinessException;
import org.dcrconsole.base.ui.ConsoleErrorHandler;
import org.dcrconsole.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/** What a user reads when an action fails with an exception no form caught. */
class ConsoleErrorHandlerTest extends KaribuTest {

    private static final String DATABASE = "The database is not reachable right now; nothing was saved. Try again in a moment.";

    @Test
    void every_session_gets_the_console_error_handler() {
        signIn("ops-eh", List.of(), Role.STAFF);
        assertThat(VaadinSession.getCurrent().getErrorHandler()).isInstanceOf(ConsoleErrorHandler.class);
    }

    @Test
    void a_database_that_cannot_be_reached_is_told_as_such() {
        signIn("ops-eh", List.of(), Role.STAFF);
        fail(new CannotCreateTransactionException("Could not open JPA EntityManager for transaction",
                new SQLTransientConnectionException("HikariPool-1 - Connection is not available", "08001")));
        expectNotifications(DATABASE);
        fail(new DataAccessResourceFailureException("I/O error"));
        expectNotifications(DATABASE);
        fail(new RuntimeException("wrapped", new SQLTransientConnectionException("refused", "08001")));
        expectNotifications(DATABASE);
    }

    @Test
    void the_message_is_german_for_a_german_user() {
        signIn("ops-eh", List.of(), Role.STAFF);
        com.vaadin.flow.component.UI.getCurrent().setLocale(Locale.GERMAN);
        fail(new DataAccessResourceFailureException("I/O error"));
        expectNotifications("Die Datenbank ist gerade nicht erreichbar; es wurde nichts gespeichert. "
                + "Bitte versuchen Sie es gleich noch einmal.");
    }

    @Test
    void a_concurrent_change_a_conflict_and_a_refusal_keep_their_own_notices() {
        signIn("ops-eh", List.of(), Role.STAFF);
        fail(new ObjectOptimisticLockingFailureException(Object.class, 1L));
        expectNotifications(t("error.concurrentChange"));
        fail(new DataIntegrityViolationException("uq_site_name"));
        expectNotifications(t("error.integrity"));
        fail(new BusinessException("name", "site.error.nameTaken", "North"));
        expectNotifications("A site named North already exists");
    }

    @Test
    void anything_else_gets_the_generic_message() {
        signIn("ops-eh", List.of(), Role.STAFF);
        fail(new IllegalStateException("a bug"));
        expectNotifications(t("ops.error.unexpected"));
        assertThat(t("ops.error.unexpected")).doesNotStartWith("!").isNotEqualTo(DATABASE);
    }

    private static void fail(Throwable t) {
        VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(t));
    }

    private static String t(String key) {
        return com.vaadin.flow.component.UI.getCurrent().getTranslation(key);
    }
}

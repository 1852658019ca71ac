package org.dcrconsole.bench;

import com.github.mvysny.kaributesting.v10.KaribuConfig;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.VaadinSession;
import jakarta.annotation.security.PermitAll;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.dcrconsole.KaribuTest;
import org.dcrconsole.base.ui.MainLayout;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationContext;

/**
 * Opens Karibu UI sessions and reads how much heap each one retains, and in which classes.
 *
 * <p>All sessions share one mock servlet (one Vaadin service, as on a real server), so the
 * figure holds only what a session adds. Karibu's {@code MockVaadin.setup} navigates every new
 * UI to the root route first, which here is the dashboard with its figures and charts; that is
 * switched off ({@link KaribuConfig#setInitDefaultRoute}) so each UI opens straight on the view
 * measured. Each opened grid is asked for its first page as the browser would, so the data
 * communicator's rows are in the figure too.
 */
final class SessionHeap implements AutoCloseable {

    /** A route in the main layout that shows nothing: a session on it costs Vaadin, the UI and the layout. */
    static final String EMPTY_ROUTE = "bench-empty-view";

    private static final String COMPONENT_TRACKER = "vaadin.devmode.componentTracker.enabled";

    /** The empty view behind {@link #EMPTY_ROUTE}; registered only on the benchmark's servlet. */
    @PermitAll
    public static class EmptyView extends Div {
    }

    record Reading(String scenario, int sessions, long bytes, List<ClassHistogram.Entry> grown,
                   Map<String, Long> owners, String shown) {

        double kbPerSession() {
            return bytes / (double) sessions / 1024.0;
        }

        /**
         * The figure without the in-process H2's own objects: its page cache, in the same heap,
         * grows and shrinks with whatever the views read, whichever session reads it.
         */
        double kbPerSessionWithoutDatabase() {
            return (bytes - owners.getOrDefault(ClassHistogram.DATABASE, 0L)) / (double) sessions / 1024.0;
        }

        void print(PrintStream out, int top) {
            out.printf("%n%s: %.1f KB per session, %.1f KB without the database's objects (n=%d, view shown: %s)%n",
                    scenario, kbPerSession(), kbPerSessionWithoutDatabase(), sessions, shown);
            out.println("  by owner of the classes (KB per session):");
            owners.forEach((owner, b) -> out.printf("    %-52s %8.1f%n", owner, b / (double) sessions / 1024.0));
            out.printf("  top %d classes that grew (per session: instances, KB):%n", top);
            for (ClassHistogram.Entry e : grown.subList(0, Math.min(top, grown.size()))) {
                out.printf("    %8.1f %8.1f  %s%n", e.instances() / (double) sessions, e.bytes() / (double) sessions / 1024.0,
                        e.className());
            }
        }
    }

    private final MockSpringServlet servlet;
    private final boolean initDefaultRoute;
    private boolean writeResponse = true;

    SessionHeap(ApplicationContext ctx) {
        // as in production mode: in development mode Vaadin keeps a stack trace per component
        // created and attached (to open its source from the browser), several KB each
        if (System.getProperty(COMPONENT_TRACKER) == null) {
            System.setProperty(COMPONENT_TRACKER, "false");
        }
        initDefaultRoute = KaribuConfig.getInitDefaultRoute();
        KaribuConfig.setInitDefaultRoute(false);
        KaribuTest.answerRequestsFromSecurityContext();
        servlet = new MockSpringServlet(new Routes().autoDiscoverViews("org.dcrconsole"), ctx, UI::new);
        MockVaadin.setup(UI::new, servlet);
        RouteConfiguration.forApplicationScope().setRoute(EMPTY_ROUTE, EmptyView.class, List.of(MainLayout.class));
    }

    /**
     * Opens {@code n} sessions, the i-th on {@code routes[i % routes.length]} (null: a UI on no
     * route at all), keeps them open, and returns the live heap they added, class by class. A few
     * sessions of the same kind are opened first, so that classes, caches and the database's
     * pages the views read are loaded before the first reading.
     */
    Reading measure(String scenario, int n, @Nullable String... routes) {
        for (int i = 0; i < 3 * routes.length; i++) {
            open(routes[i % routes.length]);
        }
        List<VaadinSession> sessions = new ArrayList<>();
        TreeSet<String> shown = new TreeSet<>();
        // a histogram is itself a few hundred KB of live objects: keep exactly one alive at each reading
        ClassHistogram[] alive = {ClassHistogram.take()};
        ClassHistogram before = ClassHistogram.take();
        alive[0] = null;
        for (int i = 0; i < n; i++) {
            sessions.add(open(routes[i % routes.length]));
            var chain = UI.getCurrent().getInternals().getActiveRouterTargetsChain();
            shown.add(chain.isEmpty() ? "none" : chain.getFirst().getClass().getSimpleName());
        }
        ClassHistogram after = ClassHistogram.take();
        sessions.clear();
        return new Reading(scenario, n, after.totalBytes() - before.totalBytes(), after.grownSince(before),
                after.grownByOwner(before), String.join(", ", shown));
    }

    /**
     * Whether each opened UI's changes are collected as a response to the browser would; Karibu
     * sends no response, so without this every change made while building a view stays queued.
     */
    SessionHeap writeResponse(boolean write) {
        writeResponse = write;
        return this;
    }

    private VaadinSession open(@Nullable String route) {
        MockVaadin.setup(UI::new, servlet);
        UI ui = UI.getCurrent();
        if (route != null) {
            ui.navigate(route);
        }
        for (Grid<?> grid : LocatorJ._find(Grid.class)) {
            grid.getDataCommunicator().setViewportRange(0, grid.getPageSize());
        }
        MockVaadin.clientRoundtrip(false);
        if (writeResponse) {
            // what writing the response does on a server: the changes sent to the browser are let go
            ui.getInternals().getStateTree().collectChanges(change -> {
            });
        }
        return VaadinSession.getCurrent();
    }

    @Override
    public void close() {
        MockVaadin.tearDown();
        KaribuConfig.setInitDefaultRoute(initDefaultRoute);
    }
}

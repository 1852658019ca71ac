package org.dcrconsole.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Content-Security-Policy is sent and the console works under it: each demo role signs in
 * and opens every route of SPEC.md (those it may not open too), and the browser console reports
 * no refused script, style, font, image or connection.
 */
class ContentSecurityPolicyIT {

    private static final List<String> ROUTES = List.of("", "board", "visits", "clients", "roster", "staff", "stock",
            "reorder", "purchase-orders", "incidents", "admin", "password", "handover", "alerts", "access-log",
            "clients/1");
    private static final Map<String, String> DEMO_USERS = Map.of("staff", "staff", "supervisor", "supervisor",
            "manager", "manager", "stock", "stock", "admin", "admin", "display", "display");

    private static ConsoleProcess console;

    @BeforeAll
    static void startConsole() throws Exception {
        console = ConsoleProcess.start();
    }

    @AfterAll
    static void stopConsole() {
        if (console != null) {
            console.close();
        }
    }

    @Test
    void the_sign_in_page_carries_the_policy_and_a_session_cookie_for_this_site_only() throws Exception {
        HttpResponse<Void> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(console.url("login"))).GET().build(),
                HttpResponse.BodyHandlers.discarding());
        String policy = response.headers().firstValue("Content-Security-Policy").orElse("");
        assertThat(policy).contains("default-src 'self'", "connect-src 'self'", "frame-ancestors 'none'");
        assertThat(response.headers().allValues("Set-Cookie")).anySatisfy(cookie ->
                assertThat(cookie).startsWith("JSESSIONID=").contains("HttpOnly").containsIgnoringCase("SameSite=Lax"));
    }

    @Test
    void every_role_opens_every_route_without_a_policy_violation() throws Exception {
        List<String> refused = new ArrayList<>();
        for (Map.Entry<String, String> user : DEMO_USERS.entrySet()) {
            try (Browser browser = new Browser(console, "csp-" + user.getKey())) {
                browser.signIn(user.getKey(), user.getValue());
                collect(browser, user.getKey() + " sign-in", refused);
                for (String route : ROUTES) {
                    browser.open(route);
                    collect(browser, user.getKey() + " /" + route, refused);
                }
            }
        }
        assertThat(refused).isEmpty();
    }

    private static void collect(Browser browser, String where, List<String> refused) {
        for (String message : browser.consoleMessages()) {
            if (message.contains("Content Security Policy") || message.contains("Refused to")) {
                refused.add(where + ": " + message);
            }
        }
    }
}

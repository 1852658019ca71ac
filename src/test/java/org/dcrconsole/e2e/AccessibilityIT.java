package org.dcrconsole.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;

/**
 * axe-core (WCAG 2.1 A and AA) on every route each role may open, in the light and the dark
 * theme, against the production jar in demo mode: no serious or critical finding anywhere.
 * The table of findings per route and theme is printed whether the check passes or not.
 * A supervisor records an emergency step with the keyboard only.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AccessibilityIT extends BrowserSuite {

    /**
     * Demo user (password = name) → the routes that user may open. One table, so that routes and
     * roles added later (e.g. /handover, /alerts, /access-log, /clients/{id}, the DISPLAY role)
     * are one line each.
     */
    static final Map<String, List<String>> ROUTES_BY_USER = new LinkedHashMap<>();

    static {
        // clients/1 is the demo's first client, at Central, which every demo floor user holds
        // /password has no menu layout (no theme switch): never the last route of a light pass
        List<String> floor = List.of("", "password", "board", "clients", "clients/1", "visits", "incidents",
                "incidents/new", "roster", "handover", "alerts");
        ROUTES_BY_USER.put("staff", floor);
        ROUTES_BY_USER.put("supervisor", floor);
        ROUTES_BY_USER.put("stock", List.of("", "stock", "reorder", "purchase-orders", "incidents", "incidents/new"));
        ROUTES_BY_USER.put("manager", List.of("", "board", "clients", "clients/1", "visits", "incidents", "roster",
                "staff", "stock", "reorder", "purchase-orders", "handover", "alerts", "access-log"));
        ROUTES_BY_USER.put("admin", List.of("", "admin"));
        ROUTES_BY_USER.put("display", List.of("board"));
    }

    static final List<String> OUTSIDE_LAYOUT = List.of("login", "password");
    static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final List<String> BLOCKING = List.of("serious", "critical");

    @Test
    @Order(1)
    void no_route_has_a_serious_or_critical_finding_for_any_role_in_either_theme() throws Exception {
        List<Finding> findings = new ArrayList<>();
        browser = new Browser(console, "axe-login");
        findings.addAll(scan(browser, "(anonymous)", "login", "light"));
        browser.close();
        browser = null;
        for (Map.Entry<String, List<String>> entry : ROUTES_BY_USER.entrySet()) {
            String user = entry.getKey();
            browser = new Browser(console, "axe-" + user);
            browser.signIn(user, user);
            for (String theme : List.of("light", "dark")) {
                if (theme.equals("dark")) {
                    browser.click(By.id("theme-toggle"));
                    browser.until(d -> "dark".equals(colorScheme(browser)));
                }
                for (String route : entry.getValue()) {
                    findings.addAll(scan(browser, user, route, theme));
                }
            }
            browser.close();
            browser = null;
        }
        System.out.println(table(findings));
        assertThat(findings.stream().filter(f -> f.count() > 0).map(Finding::line).toList())
                .as("serious or critical axe findings").isEmpty();
    }

    @Test
    @Order(2)
    void supervisor_records_a_step_on_the_emergency_screen_with_the_keyboard_only() throws Exception {
        browser = new Browser(console, "keyboard-emergency");
        Browser b = browser;
        b.signIn("supervisor", "supervisor");
        boolean open = false;
        for (int id = 1; id <= 60 && !open; id++) {
            b.driver().get(console.url("incidents/" + id + "/response"));
            b.waitVisible(By.cssSelector("h1"));
            b.idle();
            open = !b.findAll(By.cssSelector("#step-vitals:not([disabled])")).isEmpty();
        }
        assertThat(open).as("an open demo incident of the current site").isTrue();
        tabTo(b, "#emergency-rr");
        keys(b, "7");
        tabTo(b, "#emergency-spo2");
        keys(b, "85");
        tabTo(b, "#step-vitals");
        b.shot("vitals-button-focused");
        keys(b, Keys.SPACE);
        b.waitNotice("recorded at");
        b.until(d -> b.gridRows("emergency-timeline").stream().anyMatch(r -> r.contains("RR 7/min SpO2 85 %")));
        b.shot("vitals-recorded-by-keyboard");
    }

    /** Presses keys on whatever has the focus, as a keyboard does. */
    private static void keys(Browser b, CharSequence... keys) {
        new Actions(b.driver()).sendKeys(keys).perform();
        b.idle();
    }

    /** Presses Tab until the focus is inside the element matching the selector (at most 200 times). */
    private static void tabTo(Browser b, String selector) {
        JavascriptExecutor js = (JavascriptExecutor) b.driver();
        String focused = """
                let a = document.activeElement;
                while (a && a.shadowRoot && a.shadowRoot.activeElement) { a = a.shadowRoot.activeElement; }
                const host = a && a.getRootNode && a.getRootNode().host;
                return !!a && (a.closest(arguments[0]) !== null || (!!host && host.closest(arguments[0]) !== null));""";
        for (int i = 0; i < 200; i++) {
            if (Boolean.TRUE.equals(js.executeScript(focused, selector))) {
                return;
            }
            new Actions(b.driver()).sendKeys(Keys.TAB).perform();
        }
        throw new AssertionError("Tab never reached " + selector);
    }

    private static List<Finding> scan(Browser b, String user, String route, String theme) {
        b.driver().get(console.url(route));
        b.waitVisible(By.cssSelector("h1"));
        b.idle();
        assertThat(((JavascriptExecutor) b.driver()).executeScript("return document.documentElement.lang"))
                .as("<html lang> on /" + route).isEqualTo("en");
        // the sign-in page and the password change stand outside the menu layout, which applies the theme
        if (!OUTSIDE_LAYOUT.contains(route)) {
            assertThat(colorScheme(b)).as("theme on /" + route).isEqualTo(theme);
        }
        Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(b.driver());
        List<Rule> blocking = results.getViolations().stream()
                .filter(r -> BLOCKING.contains(r.getImpact())).toList();
        for (Rule r : blocking) {
            for (CheckedNode n : r.getNodes()) {
                System.out.println("axe " + user + " /" + route + " " + theme + " " + r.getImpact() + " " + r.getId()
                        + " " + n.getTarget() + " " + n.getHtml() + " | " + n.getFailureSummary());
            }
        }
        if (blocking.stream().anyMatch(r -> r.getId().equals("aria-required-children"))) {
            System.out.println("axe-detail " + ((JavascriptExecutor) b.driver()).executeScript(
                    "const t = document.querySelector('vaadin-tabs'); return t ? [...t.children].map(c => c.outerHTML.slice(0, 200)).join(' ; ') + ' || ' + t.shadowRoot.innerHTML.slice(0, 1500) : ''"));
        }
        int count = blocking.stream().mapToInt(r -> r.getNodes().size()).sum();
        String rules = blocking.stream().map(r -> r.getId() + "×" + r.getNodes().size()).collect(Collectors.joining(" "));
        return List.of(new Finding(user, "/" + route, theme, count, rules));
    }

    private static String colorScheme(Browser b) {
        Object scheme = ((JavascriptExecutor) b.driver()).executeScript(
                "return document.documentElement.getAttribute('theme') || getComputedStyle(document.documentElement).colorScheme");
        return String.valueOf(scheme).contains("dark") ? "dark" : "light";
    }

    private static String table(List<Finding> findings) {
        StringBuilder t = new StringBuilder("\naxe-core WCAG 2.1 A/AA, serious + critical nodes per route\n");
        t.append("%-12s %-20s %-6s %5s  %s%n".formatted("user", "route", "theme", "count", "rules"));
        for (Finding f : findings) {
            t.append("%-12s %-20s %-6s %5d  %s%n".formatted(f.user(), f.route(), f.theme(), f.count(), f.rules()));
        }
        t.append("total: ").append(findings.stream().mapToInt(Finding::count).sum()).append('\n');
        return t.toString();
    }

    record Finding(String user, String route, String theme, int count, String rules) {
        String line() {
            return user + " " + route + " " + theme + ": " + rules;
        }
    }
}

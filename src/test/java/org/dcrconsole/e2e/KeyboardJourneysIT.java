package org.dcrconsole.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;

/**
 * The board's check-in and check-out with the keyboard only (Tab, Shift+Tab, Enter, Space and
 * typing into whatever has the focus; no mouse, no clicks by script), and a date picker of a
 * German-speaking user as the browser draws it, against the production jar in demo mode.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KeyboardJourneysIT extends BrowserSuite {

    /**
     * The id of the component that has the focus: the nearest Vaadin element with an id around the
     * focused element (a field's own input carries a generated id of its own), else its tag.
     */
    private static final String FOCUSED = """
            let a = document.activeElement;
            while (a && a.shadowRoot && a.shadowRoot.activeElement) { a = a.shadowRoot.activeElement; }
            let e = a;
            while (e && !(e.id && e.localName.includes('-'))) { e = e.parentElement || (e.getRootNode && e.getRootNode().host) || null; }
            return e ? e.id : (a ? a.localName : '');""";

    /**
     * The focus indicator of the focused component (the host carries Lumo's ring): its outline
     * or box shadow as computed, "none" when neither is drawn.
     */
    private static final String FOCUS_RING = """
            let a = document.activeElement;
            while (a && a.shadowRoot && a.shadowRoot.activeElement) { a = a.shadowRoot.activeElement; }
            const candidates = [];
            for (let e = a; e; e = e.parentElement || (e.getRootNode && e.getRootNode().host) || null) {
              candidates.push(e);
              if (e.id) { break; }
            }
            for (const e of candidates) {
              const s = getComputedStyle(e);
              if (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) { return 'outline ' + s.outlineWidth + ' ' + s.outlineColor; }
              if (s.boxShadow && s.boxShadow !== 'none') { return 'box-shadow ' + s.boxShadow; }
            }
            return 'none';""";

    /** Everything a picker's open overlay shows, read through every shadow root of the page. */
    private static final String PICKER = """
            const all = [];
            const walk = root => root.querySelectorAll('*').forEach(e => { all.push(e); if (e.shadowRoot) { walk(e.shadowRoot); } });
            walk(document);
            const visible = e => { const r = e.getBoundingClientRect(); return r.width > 0 && r.height > 0; };
            const calendars = all.filter(e => e.localName === 'vaadin-month-calendar' && visible(e));
            const text = e => (e.innerText || e.textContent || '').trim();
            const inCalendar = (c, part) => [...c.shadowRoot.querySelectorAll('[part~="' + part + '"]')].map(text);
            const picker = document.getElementById(arguments[0]);
            const i18n = picker.i18n || {};
            return {
              overlays: all.filter(e => /date-picker-overlay/.test(e.localName)).map(e => e.localName + (e.opened ? ' opened' : '')),
              months: calendars.map(c => inCalendar(c, 'month-header').join(' ')).filter(t => t),
              weekdays: calendars.length ? inCalendar(calendars[0], 'weekday').filter(t => t) : [],
              buttons: all.filter(e => e.localName === 'vaadin-button' && visible(e) && e.closest('[slot$="button"], vaadin-date-picker-overlay-content') !== null).map(text),
              i18nToday: String(i18n.today), i18nCancel: String(i18n.cancel), i18nFirstDay: String(i18n.firstDayOfWeek),
              i18nMonths: (i18n.monthNames || []).join(','), i18nWeekdaysShort: (i18n.weekdaysShort || []).join(',')
            };""";

    @Test
    @Order(1)
    void staff_check_a_new_client_in_and_out_on_the_board_with_the_keyboard_only() throws Exception {
        browser = new Browser(console, "keyboard-board");
        Browser b = browser;
        b.signIn("staff", "staff");
        b.open("board");
        b.waitVisible(By.id("board-tiles"));

        // the toolbar's check-in button is reached by Tab from the top of the page
        tabTo(b, "#check-in");
        String ring = String.valueOf(b.script(FOCUS_RING));
        assertThat(ring).as("the focus indicator of the check-in button").isNotEqualTo("none");
        System.out.println("focus indicator of #check-in: " + ring);
        b.shot("check-in-button-focused");
        keys(b, Keys.ENTER);
        b.until(d -> focusInside(b, "#checkin-code"));

        // the code, Enter looks the client up and moves on to the substances
        keys(b, newClientCode(), Keys.ENTER);
        String status = b.waitText(By.id("checkin-status"), "New client");
        Matcher alias = Pattern.compile("New client (\\S+):").matcher(status);
        assertThat(alias.find()).as(status).isTrue();
        String clientAlias = alias.group(1);
        b.until(d -> focusInside(b, "#checkin-substances"));
        keys(b, "Opioids");
        keys(b, Keys.ENTER);
        b.until(d -> String.valueOf(b.script("return document.getElementById('checkin-substances').selectedItems.length"))
                .equals("1"));
        keys(b, Keys.ESCAPE);
        // the eligibility check sits above the visit's fields: Shift+Tab goes back to it
        shiftTabTo(b, "#checkin-confirm");
        keys(b, Keys.SPACE);
        b.until(d -> b.find(By.id("checkin-confirm")).getDomAttribute("checked") != null);
        String suggested = b.inputValue("#checkin-booth");
        assertThat(suggested).as("the suggested booth").contains(" · Injection");
        String booth = suggested.substring(0, suggested.indexOf(" · "));
        tabTo(b, "#checkin-submit");
        b.shot("check-in-form-submit-focused");
        keys(b, Keys.ENTER);
        b.waitGone(By.cssSelector("#checkin-code input"));
        b.waitNotice(clientAlias + " checked in to booth " + booth);

        By tile = By.xpath("//div[contains(@class,'booth-tile')][.//span[@class='booth-tile__label' and normalize-space(.)='"
                + booth + "']]");
        assertThat(b.waitText(tile, clientAlias)).contains("Occupied");
        b.shot("occupied");

        // the tile's check-out button, reached by Tab, pressed with Enter
        String checkOut = String.valueOf(b.script(
                "return arguments[0].querySelector('vaadin-button[id^=\"check-out-\"]').id", b.find(tile)));
        tabTo(b, "#" + checkOut);
        assertThat(String.valueOf(b.script(FOCUS_RING))).as("the focus indicator of " + checkOut).isNotEqualTo("none");
        b.shot("check-out-button-focused");
        // the board re-renders its tiles on every tick (15 s): the focus stays on the same button
        b.script("document.getElementById(arguments[0]).__beforeTick = true", checkOut);
        b.until(d -> Boolean.TRUE.equals(b.script(
                "const e = document.getElementById(arguments[0]); return !!e && !e.__beforeTick", checkOut)));
        b.until(d -> focusInside(b, "#" + checkOut));
        keys(b, Keys.ENTER);
        b.waitVisible(By.cssSelector("#checkout-syringes input"));
        tabTo(b, "#checkout-syringes");
        keys(b, Keys.chord(Keys.CONTROL, "a"), "1");
        tabTo(b, "#checkout-counselling");
        keys(b, Keys.SPACE);
        tabTo(b, "#checkout-referrals");
        keys(b, Keys.SPACE);
        b.until(d -> b.find(By.id("checkout-counselling")).getDomAttribute("checked") != null);
        tabTo(b, "#checkout-submit");
        b.shot("check-out-form-submit-focused");
        keys(b, Keys.SPACE);
        b.waitGone(By.cssSelector("#checkout-syringes input"));

        String cleaning = b.waitText(tile, "Cleaning until");
        assertThat(cleaning).doesNotContain(clientAlias);
        // the dialog closed and its button is gone: the focus is back on the same tile, not the page's top
        String tileId = "tile-" + checkOut.substring("check-out-".length());
        b.until(d -> focusInside(b, "#" + tileId));
        System.out.println("focus after the check-out dialog closed: " + focused(b));
        assertThat(String.valueOf(b.script(FOCUS_RING))).as("the focus indicator after the dialog").isNotEqualTo("none");
        b.shot("cleaning-focus-back-on-tile");
    }

    @Test
    @Order(2)
    void a_german_speaking_user_gets_a_german_date_picker_with_monday_first() throws Exception {
        browser = new Browser(console, "keyboard-german-picker", "de-DE");
        Browser b = browser;
        b.signIn("supervisor", "supervisor");
        b.open("visits");
        b.waitText(By.cssSelector("h1"), "Konsumvorgänge");
        tabTo(b, "#visits-from");
        // Arrow down opens a date picker's calendar, as on any combo-like field
        keys(b, Keys.ARROW_DOWN);
        b.until(d -> {
            Map<?, ?> seen = (Map<?, ?>) b.script(PICKER, "visits-from");
            return !((List<?>) seen.get("weekdays")).isEmpty() && !((List<?>) seen.get("buttons")).isEmpty();
        });
        Map<?, ?> picker = (Map<?, ?>) b.script(PICKER, "visits-from");
        System.out.println("German date picker as drawn: " + picker);
        b.shot("german-date-picker-open");

        assertThat(picker.get("i18nToday")).isEqualTo("Heute");
        assertThat(picker.get("i18nCancel")).isEqualTo("Abbrechen");
        assertThat(picker.get("i18nFirstDay")).isEqualTo("1");
        assertThat((List<?>) picker.get("buttons")).as("the overlay's buttons")
                .map(String::valueOf).contains("Heute", "Abbrechen");
        List<String> weekdays = ((List<?>) picker.get("weekdays")).stream().map(String::valueOf).toList();
        assertThat(weekdays).as("weekday columns, Monday first").hasSize(7);
        assertThat(weekdays.get(0)).as("first weekday column").startsWith("Mo");
        assertThat(weekdays.get(6)).as("last weekday column").startsWith("So");
        List<String> germanMonths = List.of("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
                "September", "Oktober", "November", "Dezember");
        assertThat((List<?>) picker.get("months")).as("month headers").isNotEmpty()
                .allSatisfy(m -> assertThat(germanMonths.stream().anyMatch(String.valueOf(m)::startsWith))
                        .as("German month " + m).isTrue());
        keys(b, Keys.ESCAPE);
    }

    private static String focused(Browser b) {
        return String.valueOf(b.script(FOCUSED));
    }

    /** Presses keys on whatever has the focus, as a keyboard does. */
    private static void keys(Browser b, CharSequence... keys) {
        new Actions(b.driver()).sendKeys(keys).perform();
        b.idle();
    }

    private static void tabTo(Browser b, String selector) {
        moveTo(b, selector, false);
    }

    private static void shiftTabTo(Browser b, String selector) {
        moveTo(b, selector, true);
    }

    private static final String INSIDE = """
            let a = document.activeElement;
            while (a && a.shadowRoot && a.shadowRoot.activeElement) { a = a.shadowRoot.activeElement; }
            const host = a && a.getRootNode && a.getRootNode().host;
            return !!a && (a.closest(arguments[0]) !== null || (!!host && host.closest(arguments[0]) !== null));""";

    /** Whether the focus is inside the element matching the selector. */
    private static boolean focusInside(Browser b, String selector) {
        return Boolean.TRUE.equals(b.script(INSIDE, selector));
    }

    /** Presses Tab (or Shift+Tab) until the focus is inside the element matching the selector (at most 120 times). */
    private static void moveTo(Browser b, String selector, boolean backwards) {
        for (int i = 0; i < 120; i++) {
            if (focusInside(b, selector)) {
                return;
            }
            Actions press = new Actions(b.driver());
            if (backwards) {
                press.keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
            } else {
                press.sendKeys(Keys.TAB).perform();
            }
        }
        throw new AssertionError((backwards ? "Shift+Tab" : "Tab") + " never reached " + selector + "; focus on "
                + focused(b));
    }

    /** A client code no demo client has: four random letters, sex, an adult's birth year. */
    private static String newClientCode() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        StringBuilder letters = new StringBuilder();
        for (int i = 0; i < 4; i++) {
            letters.append((char) ('A' + random.nextInt(26)));
        }
        return letters + "-M-1987";
    }
}

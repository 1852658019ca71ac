package org.dcrconsole.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;

/**
 * The board of the demo's largest site (Central: 12 injection and 16 inhalation booths) on the
 * screens it is used on: a 1920×1080 wall or desk screen shows every tile without any scrolling,
 * a 1366×768 laptop and a 1024×768 tablet without scrolling sideways; in English and German (the
 * longer words). Each case leaves a screenshot in target/e2e-screenshots and prints its geometry.
 */
class BoardGeometryIT extends BrowserSuite {

    /** Central's booths in the demo. */
    private static final int CENTRAL_BOOTHS = 28;

    /**
     * The viewport, every tile's box, and every scroll container (shadow roots included) that can
     * scroll sideways or, separately, up and down.
     */
    private static final String GEOMETRY = """
            const vw = document.documentElement.clientWidth, vh = document.documentElement.clientHeight;
            const tiles = [...document.querySelectorAll('#board-tiles .booth-tile')].map(t => {
              const r = t.getBoundingClientRect();
              return {id: t.id, left: r.left, right: r.right, top: r.top, bottom: r.bottom, height: r.height};
            });
            const wide = [], tall = [];
            const name = e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
                + (e.getAttribute('part') ? '[part=' + e.getAttribute('part') + ']' : '');
            const walk = root => {
              for (const e of root.querySelectorAll('*')) {
                const style = getComputedStyle(e);
                const scrolls = v => v === 'auto' || v === 'scroll';
                if (scrolls(style.overflowX) && e.scrollWidth > e.clientWidth + 1) { wide.push(name(e)); }
                if (scrolls(style.overflowY) && e.scrollHeight > e.clientHeight + 1) { tall.push(name(e)); }
                if (e.shadowRoot) { walk(e.shadowRoot); }
              }
            };
            walk(document);
            const doc = document.scrollingElement;
            return {vw: vw, vh: vh, docWidth: doc.scrollWidth, docHeight: doc.scrollHeight,
                    tiles: tiles, wide: wide, tall: tall};""";

    static Stream<Arguments> languages() {
        return Stream.of(Arguments.of("en-GB", "Board"), Arguments.of("de-DE", "Belegung"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("languages")
    void the_largest_site_fits_the_wall_the_laptop_and_the_tablet(String language, String boardTitle) throws Exception {
        browser = new Browser(console, "board-geometry-" + language, language);
        browser.signIn("staff", "staff");
        for (int[] size : new int[][] {{1920, 1080}, {1366, 768}, {1024, 768}}) {
            int width = size[0];
            int height = size[1];
            browser.viewport(width, height);
            browser.open("board");
            browser.waitText(By.cssSelector("h1"), boardTitle);
            browser.until(d -> d.findElements(By.cssSelector("#board-tiles .booth-tile")).size() == CENTRAL_BOOTHS);
            assertThat(browser.find(By.id("site-switcher")).getText()).contains("Central");
            // let the layout settle (fonts, icons) before measuring
            Thread.sleep(500);
            browser.shot(width + "x" + height);

            @SuppressWarnings("unchecked")
            Map<String, Object> g = (Map<String, Object>) browser.script(GEOMETRY);
            long vw = ((Number) g.get("vw")).longValue();
            long vh = ((Number) g.get("vh")).longValue();
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> tiles = (List<Map<String, Object>>) g.get("tiles");
            double tallest = tiles.stream().mapToDouble(t -> num(t, "height")).max().orElse(0);
            long inside = tiles.stream().filter(t -> num(t, "left") >= 0 && num(t, "right") <= vw
                    && (width != 1920 || num(t, "top") >= 0 && num(t, "bottom") <= vh)).count();
            System.out.printf("board geometry %s %dx%d: viewport %dx%d, document %sx%s, %d of %d tiles within,"
                            + " tallest tile %.0f px, sideways scrollers %s, vertical scrollers %s%n",
                    language, width, height, vw, vh, g.get("docWidth"), g.get("docHeight"), inside, tiles.size(),
                    tallest, g.get("wide"), g.get("tall"));

            assertThat(vw).as("viewport width").isEqualTo(width);
            assertThat(tiles).hasSize(CENTRAL_BOOTHS);
            for (Map<String, Object> t : tiles) {
                assertThat(num(t, "left")).as(t.get("id") + " left at " + width).isGreaterThanOrEqualTo(0);
                assertThat(num(t, "right")).as(t.get("id") + " right at " + width).isLessThanOrEqualTo(vw);
            }
            assertThat(((Number) g.get("docWidth")).longValue()).as("document width at " + width).isLessThanOrEqualTo(vw);
            assertThat((List<?>) g.get("wide")).as("containers scrolling sideways at " + width).isEmpty();
            if (width == 1920) {
                for (Map<String, Object> t : tiles) {
                    assertThat(num(t, "top")).as(t.get("id") + " top").isGreaterThanOrEqualTo(0);
                    assertThat(num(t, "bottom")).as(t.get("id") + " bottom").isLessThanOrEqualTo(vh);
                }
                assertThat(((Number) g.get("docHeight")).longValue()).as("document height").isLessThanOrEqualTo(vh);
                assertThat((List<?>) g.get("tall")).as("containers scrolling up and down at 1920x1080").isEmpty();
            }
        }
    }

    @Test
    void the_wall_display_shows_the_board_without_a_button_to_press() throws Exception {
        browser = new Browser(console, "board-display");
        browser.signIn("display", "display");
        browser.viewport(1920, 1080);
        browser.open("");
        browser.waitText(By.cssSelector("h1"), "Board");
        browser.until(d -> d.findElements(By.cssSelector("#board-tiles .booth-tile")).size() == CENTRAL_BOOTHS);
        assertThat(browser.currentUrl()).endsWith("/board");
        Thread.sleep(500);
        browser.shot("display-1920x1080");

        assertThat(browser.findAll(By.cssSelector("#board-tiles vaadin-button"))).isEmpty();
        assertThat(browser.findAll(By.id("check-in"))).isEmpty();
        assertThat(browser.findAll(By.cssSelector("#board-queue vaadin-button"))).isEmpty();
        // the sound is the one switch a wall screen has, and the browser keeps the choice
        browser.click(By.id("board-sound"));
        browser.waitText(By.id("board-sound"), "Sound on");
        assertThat(browser.script("return localStorage.getItem('dcr.board.sound')")).isEqualTo("on");
        browser.open("board");
        browser.waitText(By.id("board-sound"), "Sound on");
    }

    private static double num(Map<String, Object> tile, String key) {
        return ((Number) tile.get(key)).doubleValue();
    }
}

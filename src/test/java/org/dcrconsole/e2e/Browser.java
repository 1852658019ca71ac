package org.dcrconsole.e2e;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One person's browser: the system's headless Chromium driven through the system's chromedriver
 * (Selenium Manager downloads nothing), with a fresh profile. The helpers act as a person does
 * on Vaadin components (type into the field's input, pick a combo-box item by typing and Enter,
 * open a select and click the item) and wait generously, because the build machine is shared.
 */
final class Browser implements AutoCloseable {

    static final String CHROMIUM = System.getProperty("e2e.chromium", "/usr/bin/chromium");
    static final String CHROMEDRIVER = System.getProperty("e2e.chromedriver", "/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of(System.getProperty("e2e.screenshots", "target/e2e-screenshots"));
    private static final Duration WAIT = Duration.ofSeconds(60);

    /** True while no Vaadin client has a request in flight. */
    private static final String VAADIN_IDLE = """
            if (!(window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients)) { return false; }
            const clients = window.Vaadin.Flow.clients;
            for (const name in clients) {
              if (clients[name].isActive && clients[name].isActive()) { return false; }
            }
            return true;""";

    /** The visible text of each body row of a grid, cell by cell, read through the grid's slots. */
    private static final String GRID_ROWS = """
            const grid = arguments[0];
            const text = td => {
              const slot = td.querySelector('slot');
              const content = slot ? slot.assignedElements()[0] : null;
              return content ? content.innerText.trim() : '';
            };
            const rows = [...grid.shadowRoot.querySelectorAll('tbody#items tr')]
              .filter(tr => !tr.hidden && tr.offsetParent !== null);
            return rows.map(tr => [...tr.querySelectorAll('td')].map(text));""";

    private static final String GRID_HEADERS = """
            const grid = arguments[0];
            const tr = grid.shadowRoot.querySelector('thead#header tr');
            return [...tr.querySelectorAll('th')].map(th => {
              const slot = th.querySelector('slot');
              const content = slot ? slot.assignedElements()[0] : null;
              return content ? content.innerText.trim() : '';
            });""";

    /** The address of a route: on the console itself, or through a proxy in front of several. */
    private final UnaryOperator<String> urls;
    private final String journey;
    private final Path profile;
    private final WebDriver driver;
    private final WebDriverWait wait;
    private int steps;

    Browser(ConsoleProcess console, String journey) throws IOException {
        this(console::url, journey, "en-GB");
    }

    /** A browser whose language (and so the console's) is the given one, e.g. "de-DE". */
    Browser(ConsoleProcess console, String journey, String language) throws IOException {
        this(console::url, journey, language);
    }

    Browser(UnaryOperator<String> urls, String journey) throws IOException {
        this(urls, journey, "en-GB");
    }

    private Browser(UnaryOperator<String> urls, String journey, String language) throws IOException {
        this.urls = urls;
        this.journey = journey;
        this.profile = Files.createTempDirectory("dcr-e2e-chromium-");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--no-first-run",
                "--window-size=1400,1000", "--lang=" + language, "--user-data-dir=" + profile);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages",
                language + "," + language.substring(0, 2)));
        // the browser console (CSP violations are logged there), for ContentSecurityPolicyIT
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        this.driver = new ChromeDriver(service, options);
        this.wait = new WebDriverWait(driver, WAIT, Duration.ofMillis(250));
    }

    // ---- navigation ----

    /** Signs in through the real sign-in form and waits for the signed-in layout. */
    void signIn(String username, String password) {
        driver.get(urls.apply("login"));
        WebElement user = wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("vaadin-login-form input[name='username']")));
        user.sendKeys(username);
        driver.findElement(By.cssSelector("vaadin-login-form input[name='password']")).sendKeys(password, Keys.ENTER);
        waitVisible(By.id("current-user"));
        idle();
    }

    /** Clicks an entry of the side menu by its visible text and waits for the view's title. */
    void menu(String entry, String expectedTitle) {
        click(By.xpath("//vaadin-side-nav-item[normalize-space(.)='" + entry + "']"));
        waitText(By.cssSelector("h1"), expectedTitle);
    }

    /** Opens a route of the console directly, as a bookmark or a typed address would. */
    void open(String route) {
        driver.get(urls.apply(route));
        idle();
    }

    /** Makes the page's viewport exactly this size in CSS pixels, as the screen of that size would. */
    void viewport(int width, int height) {
        ((ChromeDriver) driver).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
    }

    /** Sets a cookie of the console's address (e.g. the proxy's SERVERID, to pin the browser to one instance). */
    void setCookie(String name, String value) {
        driver.get(urls.apply("login"));
        driver.manage().addCookie(new Cookie(name, value));
    }

    /** Runs a script in the page and returns its result. */
    Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    /** The value of a cookie of the current page, or null. */
    String cookie(String name) {
        Cookie cookie = driver.manage().getCookieNamed(name);
        return cookie == null ? null : cookie.getValue();
    }

    // ---- finding and waiting ----

    <T> T until(Function<WebDriver, T> condition) {
        return wait.until(condition);
    }

    WebElement waitVisible(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    void waitGone(By by) {
        wait.until(ExpectedConditions.invisibilityOfElementLocated(by));
        idle();
    }

    /** Waits until the element's visible text contains the given text; returns the whole text. */
    String waitText(By by, String part) {
        wait.until(d -> {
            List<WebElement> found = d.findElements(by);
            return !found.isEmpty() && found.get(0).isDisplayed() && found.get(0).getText().contains(part);
        });
        return driver.findElement(by).getText();
    }

    /** Waits until no Vaadin request is in flight. */
    void idle() {
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(VAADIN_IDLE)));
    }

    WebElement find(By by) {
        return driver.findElement(by);
    }

    List<WebElement> findAll(By by) {
        return driver.findElements(by);
    }

    /** The driver itself, for tools that take one (the axe-core scanner, key sequences). */
    WebDriver driver() {
        return driver;
    }

    String currentUrl() {
        return driver.getCurrentUrl();
    }

    /** The browser console's messages since the last call (each call drains them). */
    List<String> consoleMessages() {
        return driver.manage().logs().get("browser").getAll().stream().map(e -> e.getLevel() + " " + e.getMessage())
                .toList();
    }

    // ---- acting ----

    /** Scrolls the element into view (also inside scrolling views such as the roster) and clicks it. */
    void click(By by) {
        WebElement element = wait.until(ExpectedConditions.elementToBeClickable(by));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        wait.until(ExpectedConditions.elementToBeClickable(by)).click();
        idle();
    }

    /** Clicks a button (vaadin-button) by its visible text, inside the given scope (e.g. a dialog). */
    void clickButton(String scopeXpath, String text) {
        click(By.xpath(scopeXpath + "//vaadin-button[normalize-space(.)='" + text + "']"));
    }

    /** Replaces the text of a text field, text area, number or date/time field (by its host selector). */
    void type(String hostCss, CharSequence... keys) {
        WebElement input = wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector(hostCss + " input, " + hostCss + " textarea")));
        input.click();
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(keys);
        idle();
    }

    /** Chooses an item of a combo box (single or multi-select) as a person does: types its label, Enter. */
    void pick(String comboCss, String label) {
        WebElement input = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(comboCss + " input")));
        input.click();
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(label);
        idle();
        input.sendKeys(Keys.ENTER);
        idle();
        if (driver.findElement(By.cssSelector(comboCss)).getTagName().equals("vaadin-multi-select-combo-box")) {
            input.sendKeys(Keys.TAB); // a multi-select stays open for more; Tab moves on as a person would
            idle();
        }
    }

    /** Opens a select (vaadin-select) and clicks the item with the given label. */
    void choose(String selectId, String label) {
        String select = "//vaadin-select[@id='" + selectId + "']";
        click(By.xpath(select));
        click(By.xpath(select + "//vaadin-select-item[normalize-space(.)='" + label + "']"));
        waitText(By.id(selectId), label);
    }

    /** Opens a select found by its label text (for selects without an id) and clicks the item. */
    void chooseByLabel(String scopeXpath, String fieldLabel, String label) {
        String select = scopeXpath + "//vaadin-select[.//label[normalize-space(.)='" + fieldLabel + "']]";
        click(By.xpath(select));
        click(By.xpath(select + "//vaadin-select-item[normalize-space(.)='" + label + "']"));
    }

    /** Ticks a checkbox by clicking its label text (the native input itself is drawn invisible). */
    void tick(String scopeXpath, String label) {
        click(By.xpath(scopeXpath + "//vaadin-checkbox//label[normalize-space(.)='" + label + "']"));
        wait.until(d -> d.findElement(By.xpath(scopeXpath + "//vaadin-checkbox[.//label[normalize-space(.)='"
                + label + "']]")).getDomAttribute("checked") != null);
    }

    /** Presses a shortcut, e.g. Alt+N or Ctrl+Enter, on whatever has the focus. */
    void shortcut(Keys modifier, CharSequence key) {
        new Actions(driver).keyDown(modifier).sendKeys(key).keyUp(modifier).perform();
        idle();
    }

    /** Scrolls the element into the middle of the window, e.g. before a screenshot. */
    void scrollTo(By by) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", waitVisible(by));
    }

    /** The value an input shows, e.g. the suggested item of a combo box. */
    String inputValue(String hostCss) {
        return driver.findElement(By.cssSelector(hostCss + " input")).getDomProperty("value");
    }

    // ---- reading grids and notices ----

    @SuppressWarnings("unchecked")
    List<List<String>> gridRows(String gridId) {
        WebElement grid = waitVisible(By.id(gridId));
        return (List<List<String>>) ((JavascriptExecutor) driver).executeScript(GRID_ROWS, grid);
    }

    @SuppressWarnings("unchecked")
    List<String> gridHeaders(String gridId) {
        WebElement grid = waitVisible(By.id(gridId));
        return (List<String>) ((JavascriptExecutor) driver).executeScript(GRID_HEADERS, grid);
    }

    /** Waits for a row whose first cell is the given text and returns the cell under the given header. */
    String gridCell(String gridId, String firstCell, String header) {
        int column = gridHeaders(gridId).indexOf(header);
        if (column < 0) {
            throw new AssertionError("Grid " + gridId + " has no column " + header + ": " + gridHeaders(gridId));
        }
        return wait.until(d -> gridRows(gridId).stream()
                .filter(r -> !r.isEmpty() && r.get(0).equals(firstCell))
                .map(r -> r.get(column)).findFirst().orElse(null));
    }

    /** Waits for a notification whose text contains the given text. */
    String waitNotice(String part) {
        return wait.until(d -> {
            Object texts = ((JavascriptExecutor) d).executeScript(
                    "return [...document.querySelectorAll('vaadin-notification-card')].map(c => c.innerText)");
            return ((List<?>) texts).stream().map(String::valueOf).filter(t -> t.contains(part)).findFirst().orElse(null);
        });
    }

    // ---- artefacts ----

    /** Saves target/e2e-screenshots/{journey}-{nn}-{step}.png, numbered in the order taken. */
    Path shot(String step) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path target = SCREENSHOTS.resolve("%s-%02d-%s.png".formatted(journey, ++steps, step));
            File file = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(file.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new IllegalStateException("Screenshot " + step + " not saved", e);
        }
    }

    /** After a failure: the screen and the page's HTML, for whoever reads the build. */
    void saveFailure() {
        try {
            Files.createDirectories(SCREENSHOTS);
            File file = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(file.toPath(), SCREENSHOTS.resolve(journey + "-failure.png"), StandardCopyOption.REPLACE_EXISTING);
            Files.writeString(SCREENSHOTS.resolve(journey + "-failure.html"), driver.getPageSource(), StandardCharsets.UTF_8);
        } catch (RuntimeException | IOException e) {
            System.err.println("No failure screenshot for " + journey + ": " + e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException ignored) {
                // a temp profile left behind is harmless
            }
        }
    }
}

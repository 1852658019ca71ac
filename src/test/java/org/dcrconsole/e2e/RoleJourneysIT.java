package org.dcrconsole.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The main journey of each role, end to end, against the production jar (started once for all
 * journeys, in demo mode on a fresh database): each person signs in through the sign-in form and
 * works as they would, with clicks and the keyboard, and the test asserts what they see.
 * Screenshots of the key steps go to target/e2e-screenshots/{journey}-{nn}-{step}.png; a failed
 * journey leaves {journey}-failure.png and .html there too.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RoleJourneysIT extends BrowserSuite {

    private Browser open(String journey) throws Exception {
        browser = new Browser(console, journey);
        return browser;
    }

    @Test
    @Order(1)
    void staff_checks_a_client_in_and_out_on_the_board() throws Exception {
        Browser b = open("staff-checkin-checkout");
        b.signIn("staff", "staff");
        b.menu("Board", "Board");
        b.waitVisible(By.id("board-tiles"));
        b.shot("board");

        // Alt+N opens the check-in; the client code first, Enter looks the client up
        b.shortcut(Keys.ALT, "n");
        b.waitVisible(By.cssSelector("#checkin-code input"));
        b.type("#checkin-code", newClientCode(), Keys.ENTER);
        String status = b.waitText(By.id("checkin-status"), "New client");
        Matcher alias = Pattern.compile("New client (\\S+):").matcher(status);
        assertThat(alias.find()).as(status).isTrue();
        String clientAlias = alias.group(1);

        b.pick("#checkin-substances", "Opioids");
        b.pick("#checkin-route", "Injection");
        String suggested = b.inputValue("#checkin-booth");
        assertThat(suggested).as("the suggested booth").contains(" · Injection");
        String booth = suggested.substring(0, suggested.indexOf(" · "));
        b.tick("//vaadin-dialog[@id='checkin-dialog']", "Eligibility checked: adult, not a first-time user, not visibly intoxicated");
        b.shot("checkin-form");
        b.clickButton("//vaadin-dialog[@id='checkin-dialog']", "Check in (Ctrl+Enter)");
        b.waitGone(By.cssSelector("#checkin-code input"));
        b.waitNotice(clientAlias + " checked in to booth " + booth);

        By tile = By.xpath("//div[contains(@class,'booth-tile')][.//span[@class='booth-tile__label' and normalize-space(.)='"
                + booth + "']]");
        String occupied = b.waitText(tile, clientAlias);
        assertThat(occupied).contains("Occupied", "0 min");
        b.shot("occupied");
        // what the client took and how sit behind the tile's "more" button, with the other actions
        b.click(By.xpath("//div[contains(@class,'booth-tile')][.//span[@class='booth-tile__label' and normalize-space(.)='"
                + booth + "']]//vaadin-button[contains(@class,'booth-tile__more')]"));
        By details = By.xpath("//vaadin-dialog[@id='booth-actions']//p[contains(., '" + clientAlias + "')]");
        assertThat(b.waitText(details, clientAlias)).contains("Opioids · Injection");
        b.click(By.id("booth-actions-close"));
        b.waitGone(details);

        b.click(By.xpath("//div[contains(@class,'booth-tile')][.//span[@class='booth-tile__label' and normalize-space(.)='"
                + booth + "']]//vaadin-button[normalize-space(.)='Check out']"));
        String dialog = "//vaadin-dialog[@id='checkout-dialog']";
        b.waitVisible(By.cssSelector("#checkout-syringes input"));
        b.type("#checkout-syringes", "1");
        b.tick(dialog, "Counselling given");
        b.tick(dialog, "Substitution");
        b.shot("checkout-form");
        b.clickButton(dialog, "Check out");
        b.waitGone(By.cssSelector("#checkout-syringes input"));

        String cleaning = b.waitText(tile, "Cleaning until");
        assertThat(cleaning).contains("Cleaning").doesNotContain(clientAlias);
        b.shot("cleaning");
    }

    @Test
    @Order(2)
    void supervisor_reports_an_overdose_and_records_naloxone() throws Exception {
        Browser b = open("supervisor-overdose");
        b.signIn("supervisor", "supervisor");
        b.menu("Incidents", "Incidents");
        b.waitVisible(By.id("incident-grid"));
        b.shot("incidents");

        b.click(By.id("new-incident"));
        b.waitText(By.cssSelector("h1"), "Report an incident");
        b.choose("incident-type", "Opioid overdose");
        b.choose("incident-severity", "Severe");
        b.pick("#incident-booth", "I03");
        b.type("#incident-description", "Client unresponsive in booth I03, pinpoint pupils, breathing slow and shallow. "
                + "Staff started the overdose protocol.");
        b.shot("report");
        b.click(By.id("incident-save"));

        b.until(d -> d.getCurrentUrl().endsWith("/response"));
        b.waitText(By.cssSelector("h1"), "Emergency response");
        String heading = b.waitText(By.cssSelector("h2.emergency-heading"), "Opioid overdose");
        assertThat(heading).startsWith("Incident #");
        assertThat(b.find(By.id("emergency-elapsed")).getText()).isEqualTo("Not started");
        b.shot("emergency-screen");

        b.click(By.id("step-recognised"));
        b.waitNotice("Recognised recorded at");
        b.type("#emergency-rr", "6");
        b.type("#emergency-spo2", "82");
        b.type("#emergency-dose", "0.4");
        b.choose("emergency-route", "Intranasal");
        b.click(By.id("step-naloxone"));
        b.waitNotice("Naloxone recorded at");

        List<String> naloxone = b.until(d -> b.gridRows("emergency-timeline").stream()
                .filter(r -> r.contains("Naloxone")).findFirst().orElse(null));
        assertThat(naloxone.get(0)).matches("\\d{2}:\\d{2}:\\d{2}");
        assertThat(naloxone).contains("0.4 mg Intranasal", "RR 6/min SpO2 82 %");
        assertThat(b.gridRows("emergency-timeline")).anySatisfy(r -> assertThat(r).contains("Recognised"));
        b.until(d -> d.findElement(By.id("emergency-elapsed")).getText().matches("\\d{2}:\\d{2}"));
        b.shot("naloxone-recorded");
    }

    @Test
    @Order(3)
    void stock_keeper_receives_stock_and_sees_on_hand_rise() throws Exception {
        String item = "Nitrile gloves M (box)";
        Browser b = open("stock-receipt");
        b.signIn("stock", "stock");
        b.menu("Stock", "Stock");
        b.choose("filter-category", "Hygiene");
        int before = Integer.parseInt(b.gridCell("stock-grid", item, "On hand"));
        b.shot("hygiene-items");

        b.click(By.id("record-movement"));
        String dialog = "//vaadin-dialog[@id='movement-dialog']";
        b.waitVisible(By.cssSelector("#movement-item input"));
        b.pick("#movement-item", item);
        b.choose("movement-kind", "Receipt");
        b.type("#movement-quantity", "24");
        b.shot("receipt");
        b.clickButton(dialog, "Save");
        b.waitNotice("Movement recorded");
        b.waitGone(By.cssSelector("#movement-item input"));

        b.until(d -> b.gridCell("stock-grid", item, "On hand").equals(String.valueOf(before + 24)));
        b.shot("on-hand-risen");
    }

    @Test
    @Order(4)
    void manager_adds_a_colleague_and_plans_a_shift_in_the_week_view() throws Exception {
        String name = "Noor Testperson";
        Browser b = open("manager-shift");
        b.signIn("manager", "manager");
        b.menu("Staff", "Staff members");
        b.click(By.id("new-staff"));
        String staffDialog = "//vaadin-dialog[@id='staff-dialog']";
        b.waitVisible(By.cssSelector("#staff-name input"));
        b.type("#staff-name", name);
        b.choose("staff-profession", "Nurse");
        b.type("#staff-hours", "30");
        b.tick(staffDialog, "Naloxone-trained");
        b.tick(staffDialog, "First aid");
        b.shot("new-colleague");
        b.clickButton(staffDialog, "Save");
        b.waitGone(By.cssSelector("#staff-name input"));
        b.until(d -> b.gridRows("staff-grid").stream().anyMatch(r -> r.contains(name)));

        b.menu("Roster", "Roster");
        String thisWeek = b.waitVisible(By.id("week-label")).getText();
        b.click(By.id("next-week"));
        b.until(d -> !d.findElement(By.id("week-label")).getText().equals(thisWeek));
        // the person's row: one "+" per day; Wednesday is the third
        List<WebElement> adds = b.until(d -> {
            List<WebElement> found = d.findElements(By.cssSelector("vaadin-button[aria-label^='Add shift: " + name + ", ']"));
            return found.size() == 7 ? found : null;
        });
        WebElement wednesday = adds.get(2);
        String addId = wednesday.getDomAttribute("id");
        b.scrollTo(By.id(addId));
        b.shot("next-week");
        b.click(By.id(addId));

        String shiftDialog = "//vaadin-dialog[@id='shift-dialog']";
        b.waitVisible(By.cssSelector("#shift-person input"));
        assertThat(b.inputValue("#shift-person")).isEqualTo(name);
        b.choose("shift-position", "Reception");
        b.shot("shift-form");
        b.clickButton(shiftDialog, "Save");
        b.until(d -> d.findElements(By.cssSelector("#shift-person input")).isEmpty()
                || !d.findElements(By.id("confirm-warnings")).isEmpty());
        if (!b.findAll(By.id("confirm-warnings")).isEmpty()) {
            b.shot("shift-warnings");
            b.click(By.id("confirm-warnings"));
        }
        b.waitGone(By.cssSelector("#shift-person input"));

        By chip = By.xpath("//*[@id='" + addId + "']/parent::div//div[contains(@class,'shift-chip')]");
        String planned = b.waitText(chip, "Reception");
        assertThat(planned).contains("Draft").containsPattern("\\d{1,2}:\\d{2}");
        b.shot("shift-planned");
    }

    @Test
    @Order(5)
    void manager_reads_the_dashboard() throws Exception {
        Browser b = open("manager-dashboard");
        b.signIn("manager", "manager");
        b.waitText(By.cssSelector("h1"), "Dashboard");
        b.waitText(By.cssSelector("h2"), "Central");
        b.waitVisible(By.id("period-figures"));
        String episodes = b.waitText(By.cssSelector("#figure-EPISODES .figure-value"), "");
        assertThat(episodes).as("consumption episodes this month").matches(NUMBER);
        assertThat(b.find(By.id("figure-EPISODES")).getText()).contains("Consumption episodes", "before:");
        assertThat(b.find(By.cssSelector("#figure-NALOXONE .figure-value")).getText()).matches(NUMBER);
        assertThat(b.find(By.cssSelector("#figure-OCCUPANCY .figure-value")).getText()).matches(NUMBER + " %");
        assertThat(b.findAll(By.cssSelector("#period-figures .figure-card"))).hasSizeGreaterThanOrEqualTo(10);
        assertThat(b.find(By.cssSelector("#live-boothsFree .live-value")).getText()).matches("\\d+");
        assertThat(b.findAll(By.cssSelector("#chart-episodes svg"))).isNotEmpty();
        b.shot("this-month");

        b.choose("dashboard-period", "Last month");
        assertThat(b.waitText(By.cssSelector("#figure-EPISODES .figure-value"), "")).matches(NUMBER);
        assertThat(b.findAll(By.cssSelector("#charts svg"))).hasSizeGreaterThanOrEqualTo(4);
        b.shot("last-month");
        b.scrollTo(By.id("charts"));
        b.shot("last-month-charts");
    }

    /** A figure as the dashboard shows it in English: 1,234 or 12.5 */
    private static final String NUMBER = "\\d{1,3}(,\\d{3})*(\\.\\d+)?";

    /** A client code no demo client has: four random letters, sex, an adult's birth year. */
    private static String newClientCode() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        StringBuilder letters = new StringBuilder();
        for (int i = 0; i < 4; i++) {
            letters.append((char) ('A' + random.nextInt(26)));
        }
        return letters + "-F-1990";
    }
}

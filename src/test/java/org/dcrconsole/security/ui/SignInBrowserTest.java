package org.dcrconsole.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.dcrconsole.TestUsers;
import org.dcrconsole.security.AppUser;
import org.dcrconsole.security.Role;
import org.dcrconsole.security.UserService;
import org.dcrconsole.site.Site;
import org.dcrconsole.site.SiteService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.context.WebApplicationContext;

/**
 * The real thing once: the console on a real port, headless Chromium from the system (nothing
 * is downloaded), a manager signs in through the sign-in page and sees the dashboard.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SignInBrowserTest {

    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    private static final String PASSWORD = "manager-password-1";
    private static final String NEW_PASSWORD = "Her own, 2026 pass phrase";

    @LocalServerPort
    int port;
    @Autowired
    UserService userService;
    @Autowired
    SiteService siteService;
    @Autowired
    WebApplicationContext webContext;

    private WebDriver driver;

    @BeforeEach
    void createManager() throws Exception {
        TestUsers.as(TestUsers.user("browser-setup", List.of(), Role.ADMIN), () -> {
            if (userService.list("manager", PageRequest.of(0, 50)).stream().noneMatch(u -> u.username().equals("manager"))) {
                Site site = new Site();
                site.setName("Browser test site");
                site.setCity("Frankfurt am Main");
                long siteId = siteService.saveSite(site).getId();
                AppUser manager = new AppUser();
                manager.setUsername("manager");
                manager.setDisplayName("Maria Browser");
                manager.setRoles(EnumSet.of(Role.MANAGER));
                manager.setSiteIds(Set.of(siteId));
                userService.save(manager, PASSWORD);
            }
            return null;
        });
    }

    private void startBrowser() {
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--no-first-run",
                "--window-size=1280,900", "--lang=en");
        driver = new ChromeDriver(service, options);
    }

    @AfterEach
    void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void a_manager_signs_in_and_sees_the_dashboard() throws Exception {
        startBrowser();
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(90));
        driver.get("http://localhost:" + port + "/");

        wait.until(ExpectedConditions.urlContains("/login"));
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("vaadin-login-form input[name='username']")))
                .sendKeys("manager");
        driver.findElement(By.cssSelector("vaadin-login-form input[name='password']")).sendKeys(PASSWORD, Keys.ENTER);

        // an administrator set this password, so the manager must choose her own before anything else
        type(wait, "current-password", PASSWORD);
        type(wait, "new-password", NEW_PASSWORD);
        type(wait, "repeat-password", NEW_PASSWORD);
        driver.findElement(By.id("change-password")).click();

        String user = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("current-user"))).getText();
        assertThat(user).isEqualTo("Maria Browser");
        assertThat(driver.findElement(By.cssSelector("h1")).getText()).isEqualTo("Dashboard");
        assertThat(driver.findElement(By.tagName("h2")).getText()).startsWith("Browser test site");
        assertThat(driver.getCurrentUrl()).doesNotContain("login");

        Path screenshots = Files.createDirectories(Path.of("target", "screenshots"));
        File shot = ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), screenshots.resolve("manager-dashboard.png"), StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void idle_sessions_end_after_thirty_minutes() {
        assertThat(webContext.getServletContext()).isNotNull();
        assertThat(webContext.getServletContext().getSessionTimeout()).isEqualTo(30);
    }

    /** Types into the input inside a Vaadin field, found by the field's id. */
    private static void type(WebDriverWait wait, String fieldId, String text) {
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#" + fieldId + " input"))).sendKeys(text);
    }
}

package org.oneplan.browser;

import static org.junit.jupiter.api.Assertions.fail;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.oneplan.journey.JourneySupport;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Base class for {@code *BrowserIT}: the whole application on a random port (the same application context
 * as the journey suite), driven by Debian's headless Chromium. Without {@code /usr/bin/chromium} and {@code /usr/bin/chromedriver} the suite is skipped, or
 * fails when {@code -Doneplan.it.browser=required} (as on CI), so it cannot silently not run there.
 */
public abstract class BrowserSupport extends JourneySupport {

    static final File CHROMIUM = new File("/usr/bin/chromium");
    static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");
    static final String REQUIRED_PROPERTY = "oneplan.it.browser";

    /** axe-core impacts that fail a page; minor and moderate ones are printed. */
    private static final Set<String> FAILING_IMPACTS = Set.of("serious", "critical");


    protected WebDriver driver;
    private Path profile;

    @BeforeAll
    static void requireChromium() {
        if (!CHROMIUM.canExecute() || !CHROMEDRIVER.canExecute()) {
            String missing = "Chromium/chromedriver not found at /usr/bin: browser suite skipped "
                    + "(apt-get install chromium chromium-driver)";
            if ("required".equals(System.getProperty(REQUIRED_PROPERTY))) {
                fail(missing.replace("skipped", "required (-D" + REQUIRED_PROPERTY + "=required) but cannot run"));
            }
            Assumptions.abort(missing);
        }
    }


    @BeforeEach
    void openBrowser() throws IOException {
        profile = Files.createTempDirectory("oneplan-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1280,1024", "--user-data-dir=" + profile);
        // A service per test: quitting a driver stops the chromedriver it was started with.
        driver = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER)
                .usingAnyFreePort().build(), options);
    }

    @AfterEach
    void closeBrowser() {
        try {
            if (driver != null) {
                driver.quit();
            }
        } finally {
            deleteProfile();
        }
    }

    /**
     * Runs axe-core on the page the browser shows and fails on any serious or critical violation,
     * listing each with the elements it found.
     */
    public static void axeScan(WebDriver driver, String pageName) {
        Results results = new AxeBuilder().analyze(driver);
        if (results.isErrored()) {
            fail("axe-core could not check " + pageName + ": " + results.getErrorMessage());
        }
        List<Rule> failing = results.getViolations().stream()
                .filter(v -> FAILING_IMPACTS.contains(v.getImpact())).toList();
        results.getViolations().stream().filter(v -> !failing.contains(v))
                .forEach(v -> System.out.println("axe (" + v.getImpact() + ") on " + pageName + ": " + describe(v)));
        if (!failing.isEmpty()) {
            fail("Accessibility violations on " + pageName + " (" + driver.getCurrentUrl() + "):\n"
                    + failing.stream().map(BrowserSupport::describe).collect(Collectors.joining("\n")));
        }
    }

    /** Fills the sign-in form (leaving the username as shown when null) and submits it. */
    protected void signIn(String username, String password) {
        if (username != null) {
            field("username").clear();
            field("username").sendKeys(username);
        }
        field("password").clear();
        field("password").sendKeys(password);
        WebElement button = driver.findElement(By.cssSelector("main form button[type=submit]"));
        button.click();
        new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(20))
                .until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(button));
    }

    protected WebElement field(String id) {
        return driver.findElement(By.id(id));
    }

    /**
     * Submits the page's form with its main button (not the option and action forms' "From the community
     * directory" buttons, which come before Save) and waits for the page that follows, so the next check
     * never reads the old page.
     */
    protected void submit() {
        WebElement button = driver.findElement(By.cssSelector("main form[method=post] button[type=submit]:not([name=directory]):not([hidden])"));
        button.click();
        new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(20))
                .until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(button));
    }

    /** Presses Enter in a single-line field, as many people submit a form, and waits for the next page. */
    protected void pressEnterIn(String id) {
        WebElement form = driver.findElement(By.cssSelector("main form[method=post]"));
        field(id).sendKeys(org.openqa.selenium.Keys.ENTER);
        waitFor(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(form));
    }

    /** Follows a link and waits for the page it leads to. */
    protected void follow(By link) {
        WebElement element = driver.findElement(link);
        element.click();
        waitFor(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(element));
    }

    /** Chooses a radio or checkbox by clicking its label. */
    protected void choose(String id) {
        driver.findElement(By.cssSelector("label[for='" + id + "']")).click();
    }

    /** Types a date into a GOV.UK date input named {@code field}. */
    protected void date(String field, java.time.LocalDate date) {
        field(field + ".day").sendKeys("" + date.getDayOfMonth());
        field(field + ".month").sendKeys("" + date.getMonthValue());
        field(field + ".year").sendKeys("" + date.getYear());
    }

    /** The text of the page's main content. */
    protected String main() {
        return driver.findElement(By.tagName("main")).getText();
    }

    protected void waitFor(org.openqa.selenium.support.ui.ExpectedCondition<?> condition) {
        new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(20)).until(condition);
    }

    private static String describe(Rule violation) {
        String nodes = violation.getNodes().stream()
                .map(n -> "    " + n.getTarget() + " " + n.getHtml())
                .collect(Collectors.joining("\n"));
        return "- " + violation.getId() + " [" + violation.getImpact() + "] " + violation.getHelp() + " ("
                + violation.getHelpUrl() + ")\n" + nodes;
    }

    private void deleteProfile() {
        if (profile == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

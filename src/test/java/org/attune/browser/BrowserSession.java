package org.attune.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.logging.Level;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real browser for one test: Debian's headless Chromium driven by Debian's chromedriver (nothing downloaded),
 * started before each test and closed after it, with a screenshot under {@code target/screenshots} when the test
 * fails. Waits for conditions (the page loaded, PrimeFaces AJAX finished), never for fixed times; runs axe-core on a
 * page on request; and fails a test whose pages log JavaScript errors.
 */
public class BrowserSession implements BeforeEachCallback, AfterEachCallback {

    static final Path SCREENSHOTS = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
    private static final Path AXE = Path.of(System.getProperty("axe.script", "target/axe-core/package/axe.min.js"));

    private final String language;
    private ChromeDriver driver;
    private URL app;

    /** A browser set to British English, as the English journeys expect (Attune serves it English). */
    public BrowserSession() {
        this("en-GB");
    }

    /** A browser set to the language (a BCP 47 tag such as {@code es-US}), for its interface and Accept-Language. */
    public BrowserSession(String language) {
        this.language = language;
    }

    private final List<String> errors = new ArrayList<>();

    @Override
    public void beforeEach(ExtensionContext context) {
        var service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile())
                .build();
        var options = new ChromeOptions()
                .setBinary("/usr/bin/chromium")
                .addArguments(
                        "--headless=new",
                        "--no-sandbox",
                        "--disable-gpu",
                        "--disable-background-networking",
                        "--disable-component-update",
                        "--no-first-run",
                        "--lang=" + language);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(1366, 900));
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        try {
            if (context.getExecutionException().isPresent() && driver != null) {
                Files.createDirectories(SCREENSHOTS);
                var name = context.getRequiredTestClass().getSimpleName() + "-"
                        + context.getRequiredTestMethod().getName() + "-FAILED.png";
                Files.write(SCREENSHOTS.resolve(name), driver.getScreenshotAs(OutputType.BYTES));
            }
        } finally {
            if (driver != null) {
                driver.quit();
            }
        }
    }

    /** The deployment under test; paths are resolved against it. */
    public BrowserSession at(URL deployment) {
        this.app = deployment;
        return this;
    }

    public ChromeDriver driver() {
        return driver;
    }

    public void open(String path) {
        collectErrors();
        driver.get(app.toString() + path);
        idle();
    }

    public String path() {
        return driver.getCurrentUrl().substring(app.toString().length() - 1);
    }

    public WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    public List<WebElement> findAll(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    /** The element with this JSF client id (colons and all). */
    public WebElement id(String clientId) {
        return driver.findElement(By.id(clientId));
    }

    public void type(String clientId, String text) {
        var field = id(clientId);
        field.clear();
        field.sendKeys(text);
    }

    public void click(String clientId) {
        id(clientId).click();
        idle();
    }

    /**
     * Clicks a button that loads a new page (a non-AJAX submit) and waits for that page: the click can return before
     * the browser has left the old one.
     */
    public void clickAndLoad(String clientId) {
        var button = id(clientId);
        button.click();
        wait20().until(d -> gone(button));
        idle();
    }

    /** The text of the element the selector finds now, found afresh if an AJAX update replaced it mid-read. */
    public String text(String css) {
        return read(() -> find(css).getText());
    }

    /**
     * Reads something off the page, trying again (up to 20 s) while what it finds is replaced by an AJAX update
     * between the find and the read. The reader must find its elements itself, so that each try finds them afresh.
     */
    public <T> T read(Supplier<T> reader) {
        var value = new AtomicReference<T>();
        until(d -> {
            value.set(reader.get());
            return true;
        });
        return value.get();
    }

    /** Waits until the page has loaded and no PrimeFaces AJAX request is pending. */
    public void idle() {
        wait20().until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
                .executeScript("return document.readyState === 'complete'"
                        + " && (!window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty())"
                        + " && (!window.jQuery || jQuery.active === 0)")));
    }

    /**
     * Waits until the condition holds (an element shows, a text appears), up to 20 s. The condition must find the
     * elements it reads itself: an element missing, or replaced by an AJAX update between the find and the read
     * (stale), means "not yet", and the next try finds it afresh.
     */
    public void until(Function<ChromeDriver, Boolean> condition) {
        wait20().until(d -> {
            try {
                return condition.apply((ChromeDriver) d);
            } catch (WebDriverException e) {
                if (replaced(e)) {
                    return false;
                }
                throw e;
            }
        });
    }

    /** Whether the element has left the page (replaced or removed), as Selenium or ChromeDriver reports it. */
    static boolean gone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (WebDriverException e) {
            if (replaced(e)) {
                return true;
            }
            throw e;
        }
    }

    /**
     * An element found earlier is no longer in the document. Selenium says so with StaleElementReferenceException;
     * ChromeDriver sometimes says it in other words instead ("Node with given id does not belong to the document",
     * "No node with given id found").
     */
    static boolean replaced(WebDriverException e) {
        if (e instanceof StaleElementReferenceException || e instanceof NoSuchElementException) {
            return true;
        }
        var message = String.valueOf(e.getMessage());
        return message.contains("does not belong to the document")
                || message.contains("No node with given id")
                || message.contains("stale element");
    }

    private WebDriverWait wait20() {
        return new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    public void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.write(SCREENSHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void resize(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    /** How far the page is wider than the window, in CSS pixels (0 when nothing overflows sideways). */
    public long horizontalOverflow() {
        return (Long)
                driver.executeScript("return Math.max(0, document.documentElement.scrollWidth - window.innerWidth);");
    }

    /**
     * Runs axe-core on the page as it is now and fails on any violation of impact serious or critical, naming the
     * rule, its impact and the elements concerned.
     */
    @SuppressWarnings("unchecked")
    public void assertAccessible(String page) {
        try {
            driver.executeScript(Files.readString(AXE));
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "axe-core is missing: the build downloads it (mvn generate-test-resources)", e);
        }
        var result = (Map<String, Object>)
                driver.executeAsyncScript(
                        "const done = arguments[arguments.length - 1];"
                                + "axe.run(document, {resultTypes: ['violations']}).then(r => done(r), e => done({error: String(e)}));");
        assertThat(result.get("error")).as("axe-core ran").isNull();
        var serious = new ArrayList<String>();
        for (var violation : (List<Map<String, Object>>) result.get("violations")) {
            var impact = String.valueOf(violation.get("impact"));
            if (impact.equals("serious") || impact.equals("critical")) {
                var targets = ((List<Map<String, Object>>) violation.get("nodes"))
                        .stream()
                                .filter(n -> !primeFacesRadioWrapper(String.valueOf(violation.get("id")), n))
                                .map(n -> String.valueOf(n.get("target")))
                                .limit(5)
                                .toList();
                if (targets.isEmpty()) {
                    continue;
                }
                serious.add(violation.get("id") + " (" + impact + "): " + violation.get("help") + " at " + targets);
            }
        }
        assertThat(serious).as("axe-core on " + page).isEmpty();
    }

    /**
     * PrimeFaces 15's SelectOneRadio writes aria-checked on the wrapper of each option (in every layout: the
     * evaluation's ratings, the post-test's choices), a div with no radio role, so axe reports aria-allowed-attr.
     * The inputs inside are real, labelled radios that screen readers announce correctly, and assistive technology
     * ignores an aria-checked that has no role to belong to; the wrapper is PrimeFaces' markup, not ours, so that
     * attribute alone is let through: a role-less div whose only disallowed attribute is aria-checked.
     */
    private static boolean primeFacesRadioWrapper(String rule, Map<String, Object> node) {
        var html = String.valueOf(node.get("html"));
        var summary = String.valueOf(node.get("failureSummary"));
        return rule.equals("aria-allowed-attr")
                && html.matches("(?s)<div [^>]*aria-checked=\"(true|false)\"[^>]*>.*")
                && !html.substring(0, html.indexOf('>')).contains("role=")
                && summary.replaceAll("aria-checked=\"(true|false)\"", "").matches("(?s)[^=]*");
    }

    /** Fails if any page visited since the last check logged a JavaScript error. */
    public void assertNoJavaScriptErrors() {
        collectErrors();
        assertThat(errors).as("JavaScript errors in the browser console").isEmpty();
    }

    private void collectErrors() {
        if (driver == null) {
            return;
        }
        for (var entry : driver.manage().logs().get(LogType.BROWSER)) {
            if (entry.getLevel().intValue() >= Level.SEVERE.intValue()) {
                errors.add(entry.getMessage());
            }
        }
    }
}

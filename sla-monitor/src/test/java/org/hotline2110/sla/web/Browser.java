package org.hotline2110.sla.web;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's chromium, headless, driven through the chromedriver its package installs: nothing is downloaded when the
 * tests run. Screenshots go to target/screenshots for a reviewer to look at.
 */
final class Browser implements AutoCloseable {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final String CHROMIUM = System.getProperty("chromium.binary", "/usr/bin/chromium");
    private static final String CHROMEDRIVER = System.getProperty("chromedriver", "/usr/bin/chromedriver");

    private final ChromeDriver driver;
    private final String base;
    final Path downloads;

    Browser(URL base) {
        this.base = base.toString().replaceAll("/$", "");
        try {
            this.downloads = Files.createTempDirectory("pages-downloads");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--lang=zh-CN", "--window-size=1366,768");
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, options);
    }

    ChromeDriver driver() {
        return driver;
    }

    void open(String path) {
        driver.get(base + path);
    }

    String url() {
        return driver.getCurrentUrl();
    }

    String origin() {
        return base;
    }

    /** Signs in the way deploy/hotline up's link does: the dev-only page turns the token into the cookie. */
    /** Signs in and lands on {@code to}, whose own query (filters) is encoded so that it reaches the page whole. */
    void signIn(String token, String to) {
        open("/dev/sign-in?token=" + token + "&to="
                + java.net.URLEncoder.encode(to, java.nio.charset.StandardCharsets.UTF_8));
    }

    void size(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    <T> T waitFor(ExpectedCondition<T> condition) {
        // htmx swaps fragments under the test's feet: an element gone stale is looked up again on the next poll
        return new WebDriverWait(driver, Duration.ofSeconds(30), Duration.ofMillis(100))
                .ignoring(StaleElementReferenceException.class).until(condition);
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    /** The text of the first match, read in one step so that a swap cannot make it stale; empty if none. */
    String text(String css) {
        Object text = script("var e = document.querySelector(arguments[0]); return e ? e.innerText : '';", css);
        return String.valueOf(text);
    }

    /** An attribute of the first match, read in one step; null if none. */
    String attribute(String css, String name) {
        Object value = script("var e = document.querySelector(arguments[0]);"
                + " return e ? e.getAttribute(arguments[1]) : null;", css, name);
        return value == null ? null : value.toString();
    }

    Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    /** True once the page's live stream is open, so what follows is pushed rather than loaded. */
    void awaitLive() {
        waitFor(d -> Boolean.TRUE.equals(script("""
                var e = document.querySelector('[sse-connect]');
                var data = e && e['htmx-internal-data'];
                return !!(data && data.sseEventSource && data.sseEventSource.readyState === 1);""")));
    }

    /** Console errors since the last call. */
    List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage).toList();
    }

    /** Every URL the page fetched (document, scripts, styles, fragments, the stream). */
    @SuppressWarnings("unchecked")
    List<String> requested() {
        return (List<String>) script("""
                return [location.href].concat(performance.getEntriesByType('resource').map(function (e) {
                  return e.name; }));""");
    }

    Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path target = SCREENSHOTS.resolve(name + ".png");
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}

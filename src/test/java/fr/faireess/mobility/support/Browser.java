package fr.faireess.mobility.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven by Selenium, against {@link RunningApp}. Never downloads a
 * browser or a driver: both come from Debian packages ({@code chromium}, {@code chromium-driver}).
 * Register with {@code @RegisterExtension}: a failed test leaves a screenshot and the page source in
 * {@code target/it/screenshots}.
 */
public final class Browser implements AfterEachCallback, AutoCloseable {

    /**
     * Debian's old headless shell ({@code chromium-headless-shell}, the same Blink and V8 without the
     * desktop browser around them) when it is installed, else Debian's {@code chromium} in its new
     * headless mode; {@code -Dit.chromium=…} names another binary. The headless shell's binary itself:
     * Debian's /usr/bin/chromium-headless-shell is a script that runs it without
     * exec, so chromedriver's quit stopped the script and left the browser running — hundreds of
     * orphans over a run, until Payara's class loaders found no inotify instance left (the
     * database-outage and cluster tests' servers then deployed nothing).
     */
    private static final String HEADLESS_SHELL = "/usr/lib/chromium/chromium-headless-shell";
    private static final String CHROMIUM = System.getProperty("it.chromium",
            Files.isExecutable(Path.of(HEADLESS_SHELL)) ? HEADLESS_SHELL : "/usr/bin/chromium");
    private static final String CHROMEDRIVER = System.getProperty("it.chromedriver", "/usr/bin/chromedriver");

    private final RunningApp app;
    private WebDriver driver;

    /**
     * jQuery's animations (PrimeFaces' menus, drop-downs, messages) finish at once: what a test waits
     * for is shown or hidden without the frames in between. On two cores Chromium takes more CPU than
     * the server in a browser test; five journeys ran 10 % faster without the animations (142 → 127 s).
     */
    private static final String NO_ANIMATIONS = "(function () { var jq; Object.defineProperty(window, 'jQuery', {configurable: true,"
            + " get: function () { return jq; }, set: function (v) { jq = v; if (v && v.fx) { v.fx.off = true; } } }); })();";

    public Browser(RunningApp app) {
        this.app = app;
    }

    public WebDriver driver() {
        if (driver == null) {
            driver = start();
        }
        return driver;
    }

    private WebDriver start() {
        Path workDir = Path.of(System.getProperty("it.work.dir", "target/it"));
        try {
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM);
            options.addArguments("--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                    "--disable-background-networking", "--disable-component-update", "--no-first-run",
                    "--disable-sync", "--disable-extensions", "--window-size=1280,900", "--lang=fr-FR");
            if (CHROMIUM.endsWith("headless-shell")) {
                // Always headless. Given a --user-data-dir it opens no page and chromedriver gives up
                // ("unable to discover open pages"); chromedriver then gives it a fresh profile of its own.
                options.addArguments("--headless");
            } else {
                Path profile = Files.createTempDirectory(Files.createDirectories(workDir), "chromium-profile-");
                options.addArguments("--headless=new", "--user-data-dir=" + profile.toAbsolutePath());
            }

            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(Path.of(CHROMEDRIVER).toFile())
                    .usingAnyFreePort()
                    .build();
            ChromeDriver chrome = new ChromeDriver(service, options);
            chrome.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
            chrome.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", NO_ANIMATIONS));
            return chrome;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Runs {@code script} in every page this browser opens from now on, before the page's own
     * scripts (Chrome's DevTools protocol: no Content-Security-Policy applies, and the script is not
     * sent over WebDriver for each page).
     */
    public void evaluateOnEveryPage(String script) {
        ((ChromeDriver) driver()).executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", script));
    }

    public void open(String path) {
        driver().get(app.url(path));
    }

    public String path() {
        String url = driver().getCurrentUrl();
        String base = app.baseUrl();
        return url.startsWith(base) ? url.substring(base.length()) : url;
    }

    /** The input labelled {@code label} (its {@code <label for>} points at it), as a user finds it. */
    public WebElement field(String label) {
        WebElement labelElement = driver().findElement(By.xpath(
                "//label[normalize-space(translate(., '*', ''))=" + xpathLiteral(label) + "]"));
        String id = labelElement.getAttribute("for");
        return driver().findElement(By.id(id));
    }

    public void type(String label, String text) {
        WebElement input = field(label);
        input.clear();
        input.sendKeys(text);
    }

    /**
     * Picks {@code option} in the PrimeFaces drop-down labelled {@code label}, as a user does. On a
     * loaded machine the list may still be sliding open when the click comes (the click then lands on
     * something else or is ignored): the item is scrolled into view, clicked — through JavaScript if
     * something covers it — and the pick is checked on the drop-down's label, three times at most.
     */
    /** Waits until PrimeFaces has no Ajax request queued or under way (pages without PrimeFaces: at once). */
    public void waitForAjax() {
        new WebDriverWait(driver(), Duration.ofSeconds(15)).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return !window.PrimeFaces || !PrimeFaces.ajax || PrimeFaces.ajax.Queue.isEmpty();")));
    }

    public void choose(String label, String option) {
        waitForAjax();   // a list may be redrawn by the choice made just before (the mentors follow the host)
        String forId = driver().findElement(By.xpath(
                "//label[normalize-space(translate(., '*', ''))=" + xpathLiteral(label) + "]")).getAttribute("for");
        String menuId = forId.replaceAll("_(focus|input|label)$", "");
        By item = By.xpath("//*[@id=" + xpathLiteral(menuId + "_items") + "]//li[normalize-space(.)=" + xpathLiteral(option) + "]");
        By shown = By.id(menuId + "_label");
        JavascriptExecutor js = (JavascriptExecutor) driver();
        js.executeScript("arguments[0].scrollIntoView({block: 'center'});", driver().findElement(By.id(menuId)));
        for (int attempt = 1; ; attempt++) {
            if (!driver().findElement(By.id(menuId + "_panel")).isDisplayed()) {
                driver().findElement(By.id(menuId)).click();
            }
            WebElement entry = new WebDriverWait(driver(), Duration.ofSeconds(10))
                    .until(ExpectedConditions.visibilityOfElementLocated(item));
            js.executeScript("arguments[0].scrollIntoView({block: 'nearest'});", entry);
            try {
                entry.click();
            } catch (ElementClickInterceptedException e) {
                js.executeScript("arguments[0].click();", entry);
            }
            try {
                new WebDriverWait(driver(), Duration.ofSeconds(3)).until(ExpectedConditions.textToBe(shown, option));
                // The panel fades out: a click made meanwhile on what it covers may be taken by it.
                new WebDriverWait(driver(), Duration.ofSeconds(5))
                        .until(ExpectedConditions.invisibilityOfElementLocated(By.id(menuId + "_panel")));
                return;
            } catch (TimeoutException e) {
                if (attempt == 3) {
                    throw e;
                }
            }
        }
    }

    /** Ticks the checkbox whose label is {@code label}. */
    public void tick(String label) {
        driver().findElement(By.xpath("//label[normalize-space(.)=" + xpathLiteral(label) + "]")).click();
    }

    /** Clicks the button or link showing {@code text}, and waits for the next page. */
    public void click(String text) {
        waitForAjax();   // a button clicked while an Ajax update redraws its form would be lost
        WebElement target = driver().findElement(By.xpath(
                "//button[normalize-space(.)=" + xpathLiteral(text) + "] | //a[normalize-space(.)=" + xpathLiteral(text)
                        + "] | //input[@type='submit' and @value=" + xpathLiteral(text) + "]"));
        WebElement html = driver().findElement(By.tagName("html"));
        target.click();
        try {
            new WebDriverWait(driver(), Duration.ofSeconds(60)).until(d -> isGone(html));
        } catch (TimeoutException e) {
            throw new TimeoutException("No new page 60 s after clicking \"" + text + "\" on " + path()
                    + "; the page shows: " + abbreviated(bodyText().replaceAll("\\s+", " ")), e);
        }
    }

    /**
     * Whether the page an element belonged to has been replaced. Chromium sometimes answers a
     * question about an element of the page being unloaded with an inspector error rather than
     * "stale element": both mean the next page is coming.
     */
    private static boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (WebDriverException e) {
            return true;
        }
    }

    /** Waits (after a click that did not reload, or a slow page) until the first heading reads {@code text}. */
    public void waitForHeading(String text) {
        new WebDriverWait(driver(), Duration.ofSeconds(30))
                .until(ExpectedConditions.textToBe(By.tagName("h1"), text));
    }

    public String heading() {
        return driver().findElement(By.tagName("h1")).getText();
    }

    public String bodyText() {
        return driver().findElement(By.tagName("body")).getText();
    }

    /** The message shown next to the input labelled {@code label}. */
    public String messageNextTo(String label) {
        WebElement input = field(label);
        List<WebElement> messages = input.findElements(By.xpath(
                "ancestor::div[contains(concat(' ', normalize-space(@class), ' '), ' field ')][1]"
                        + "//*[contains(@class,'ui-message-error-detail')]"));
        return messages.isEmpty() ? "" : messages.get(0).getText();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (context.getExecutionException().isPresent() && driver != null) {
            try {
                Path dir = Files.createDirectories(Path.of(System.getProperty("it.work.dir", "target/it"), "screenshots"));
                String name = context.getRequiredTestClass().getSimpleName() + "-" + context.getRequiredTestMethod().getName();
                Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
                Files.writeString(dir.resolve(name + ".html"), driver.getPageSource());
            } catch (IOException | RuntimeException e) {
                System.err.println("Could not save the screenshot: " + e);
            }
        }
    }

    @Override
    public void close() {
        if (driver != null) {
            driver.quit();
            driver = null;
        }
    }

    private static String abbreviated(String text) {
        return text.length() <= 1500 ? text : text.substring(0, 1500) + "…";
    }

    private static String xpathLiteral(String text) {
        if (!text.contains("'")) {
            return "'" + text + "'";
        }
        return "concat('" + text.replace("'", "', \"'\", '") + "')";
    }
}

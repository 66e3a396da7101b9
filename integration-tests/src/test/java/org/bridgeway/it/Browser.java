package org.bridgeway.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Debian's headless Chromium and ChromeDriver, named explicitly so Selenium downloads nothing. */
final class Browser {

    private Browser() {
    }

    static ChromeDriver start(int width, int height) {
        var options = new ChromeOptions();
        options.setBinary(env("BRIDGEWAY_CHROMIUM", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--lang=en-US", "--window-size=" + width + "," + height);
        var service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(env("BRIDGEWAY_CHROMEDRIVER", "/usr/bin/chromedriver")).toFile())
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(width, height));
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return driver;
    }

    /** Lets the browser save downloads (a certificate, an export) into the directory, without asking. */
    static void allowDownloads(ChromeDriver driver, Path directory) {
        driver.executeCdpCommand("Browser.setDownloadBehavior", java.util.Map.of("behavior", "allow",
                "downloadPath", directory.toAbsolutePath().toString(), "eventsEnabled", true));
    }

    /** Waits for a finished download whose name ends with the suffix; returns its bytes. */
    static byte[] downloaded(Path directory, String suffix) {
        Path file = new org.openqa.selenium.support.ui.FluentWait<>(directory).withTimeout(Duration.ofSeconds(30))
                .pollingEvery(Duration.ofMillis(200)).until(dir -> {
                    try (var files = java.nio.file.Files.list(dir)) {
                        return files.filter(f -> f.getFileName().toString().endsWith(suffix)).findFirst().orElse(null);
                    } catch (java.io.IOException e) {
                        return null;
                    }
                });
        try {
            return java.nio.file.Files.readAllBytes(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Waits until the document is loaded and PrimeFaces' ajax queue is empty: never a fixed sleep. */
    static void settle(WebDriver driver) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
                "return document.readyState === 'complete' && (!window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty());"));
    }

    /** Opens a page of the application and waits until it has settled. */
    static void open(WebDriver driver, URL base, String path) {
        driver.get(base.toString() + path);
        settle(driver);
    }

    /** Signs in through the real login form. */
    static void signIn(WebDriver driver, URL base, String username, String password) {
        open(driver, base, "login.xhtml");
        driver.findElement(By.id("loginForm:username")).sendKeys(username);
        driver.findElement(By.id("loginForm:password")).sendKeys(password);
        driver.findElement(By.id("loginForm:signIn")).click();
        settle(driver);
    }

    /** Picks an option of a PrimeFaces selectOneMenu the way a person does: open it, click the label. */
    static void choose(WebDriver driver, String menuId, String label) {
        var wait = new WebDriverWait(driver, Duration.ofSeconds(10));
        driver.findElement(By.id(menuId)).click();
        By item = By.cssSelector("[id='" + menuId + "_panel'] li[data-label='" + label + "']");
        wait.until(ExpectedConditions.visibilityOfElementLocated(item));
        // The panel slides open; a click during the animation can land beside the item.
        wait.until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
                "var p = $(PrimeFaces.escapeClientId(arguments[0] + '_panel'));"
                        + " return p.is(':visible') && !p.is(':animated') && p.css('opacity') === '1';", menuId));
        wait.until(ExpectedConditions.elementToBeClickable(item)).click();
        settle(driver);
        // Until the menu shows the choice, the form would submit the old value.
        if (!driver.findElements(By.id(menuId + "_label")).isEmpty()) {
            wait.until(d -> {
                var shown = d.findElements(By.id(menuId + "_label"));
                return shown.isEmpty() || label.equals(shown.get(0).getText().strip());
            });
        }
    }

    /**
     * Types into a field and waits until it holds the text: a keystroke sent while another widget still owns
     * the focus can be lost, so the field is checked and retyped if needed.
     */
    /** The application's texts in a language ("" English, "_es", "_so"), to compare pages with. */
    static java.util.Properties messages(String suffix) throws IOException {
        var properties = new java.util.Properties();
        try (var in = Browser.class.getResourceAsStream("/i18n/messages" + suffix + ".properties")) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return properties;
    }

    static void type(WebDriver driver, String id, String text) {
        var input = driver.findElement(org.openqa.selenium.By.id(id));
        input.click();
        input.sendKeys(text);
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> {
            var field = d.findElement(org.openqa.selenium.By.id(id));
            if (!text.equals(field.getAttribute("value"))) {
                field.clear();
                field.sendKeys(text);
            }
            return text.equals(d.findElement(org.openqa.selenium.By.id(id)).getAttribute("value"));
        });
    }

    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    /** axe-core with the WCAG 2.1 AA rules: no serious or critical violation on the page as it is now. */
    static void assertNoSeriousViolations(WebDriver driver, String page) {
        Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(driver);
        List<String> serious = results.getViolations().stream()
                .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
                .map(v -> v.getId() + " " + v.getNodes().stream().map(n -> n.getTarget() + " " + n.getFailureSummary()).toList())
                .toList();
        assertThat(serious).as("serious or critical WCAG 2.1 AA violations on " + page).isEmpty();
    }

    static void screenshot(WebDriver driver, String name) {
        String dir = System.getProperty("bridgeway.it.screenshots");
        if (dir == null) {
            return;
        }
        try {
            Files.createDirectories(Path.of(dir));
            Files.write(Path.of(dir, name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            System.err.println("screenshot failed: " + e.getMessage());
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}

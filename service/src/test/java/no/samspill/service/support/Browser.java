package no.samspill.service.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium (Debian's, driven by its chromedriver; bin/ensure-chromium installs both) with a fresh
 * profile and a given browser language, as a member of staff would open the webapps.
 */
public final class Browser implements AutoCloseable {

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    private final ChromeDriver driver;
    private final String baseUrl;

    private Browser(String baseUrl, String language) {
        this.baseUrl = baseUrl;
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1400,900",
                "--user-data-dir=" + freshProfile(), "--lang=" + language);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new java.io.File("/usr/bin/chromedriver")).build();
        this.driver = new ChromeDriver(service, options);
    }

    /** A browser whose language (navigator.language and Accept-Language) is {@code language}, e.g. "nb". */
    public static Browser open(String baseUrl, String language) {
        return new Browser(baseUrl, language);
    }

    private static Path freshProfile() {
        try {
            return Files.createTempDirectory("samspill-chromium-");
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    /** Opens a webapp page and waits for its login form. */
    public Browser openLogin(String app) {
        driver.get(baseUrl + "/camunda/app/" + app + "/default/");
        new WebDriverWait(driver, PATIENCE).until(ExpectedConditions.urlContains("#/login"));
        new WebDriverWait(driver, PATIENCE).until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("input[ng-model=username]")));
        return this;
    }

    /**
     * Logs in through the webapp's own form. Chromium 156's chromedriver delivers no key or mouse events to
     * Camunda's AngularJS pages (they do reach plain pages), so the text goes in as the browser's own text input
     * (CDP Input.insertText, which fires the input events AngularJS listens to) and the button is clicked by script.
     */
    public Browser logIn(String user, String password) {
        // Both fields are checked together before the form is sent: text inserted while the page moves its focus
        // (its autofocus on the user name) lands in the other field, and a login once failed so on a slow machine
        new WebDriverWait(driver, PATIENCE).until(d -> {
            type("input[ng-model=username]", user);
            type("input[ng-model=password]", password);
            return user.equals(valueOf("input[ng-model=username]"))
                    && password.equals(valueOf("input[ng-model=password]"));
        });
        driver.executeScript("arguments[0].click()", driver.findElement(By.cssSelector("form button[type=submit]")));
        new WebDriverWait(driver, PATIENCE).withMessage(() -> "still at the login: " + text())
                .until(ExpectedConditions.not(ExpectedConditions.urlContains("#/login")));
        return this;
    }

    /** Opens one of Samspill's own pages. */
    public Browser openPage(String path) {
        driver.get(baseUrl + path);
        return this;
    }

    /** Fills a field on the page, as a person typing would (see logIn for why not sendKeys). */
    public Browser fill(String fieldSelector, String text) {
        type(fieldSelector, text);
        return this;
    }

    /** Clicks the first element that matches the selector. */
    public Browser press(String cssSelector) {
        driver.executeScript("arguments[0].click()", driver.findElement(By.cssSelector(cssSelector)));
        return this;
    }

    /** Runs a script in the page and returns its answer. */
    public Object script(String javaScript) {
        return driver.executeScript(javaScript);
    }

    /** Waits until the script answers true. */
    public Browser waitUntil(String javaScript) {
        new WebDriverWait(driver, PATIENCE).until(d -> Boolean.TRUE.equals(driver.executeScript(javaScript)));
        return this;
    }

    private String valueOf(String fieldSelector) {
        return driver.findElement(By.cssSelector(fieldSelector)).getDomProperty("value");
    }

    /** Types into the field, again if the page was still settling and dropped the text (AngularJS re-renders). */
    private void type(String fieldSelector, String text) {
        new WebDriverWait(driver, PATIENCE).until(d -> {
            WebElement field = d.findElement(By.cssSelector(fieldSelector));
            if (!text.equals(field.getDomProperty("value"))) {
                driver.executeScript("arguments[0].value = ''; arguments[0].focus()", field);
                driver.executeCdpCommand("Input.insertText", Map.of("text", text));
            }
            String classes = field.getAttribute("class");
            boolean angular = classes != null && classes.contains("ng-");
            return (!angular || classes.contains("ng-not-empty")) && text.equals(field.getDomProperty("value"));
        });
    }

    /** Waits until the page shows {@code text}, then returns everything it shows. */
    public String waitForText(String text) {
        new WebDriverWait(driver, PATIENCE).until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), text));
        return text();
    }

    public String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /** Clicks the first element matching the CSS selector whose text contains {@code text}. */
    public Browser click(String cssSelector, String text) {
        WebElement target = new WebDriverWait(driver, PATIENCE).until(d -> d.findElements(By.cssSelector(cssSelector))
                .stream().filter(element -> element.getText().contains(text)).findFirst().orElse(null));
        ((JavascriptExecutor) driver).executeScript("arguments[0].click()", target);
        return this;
    }

    /** Whether any element matching the selector is shown. */
    public boolean shows(String cssSelector) {
        return driver.findElements(By.cssSelector(cssSelector)).stream().anyMatch(WebElement::isDisplayed);
    }

    /** Lets the page download files into {@code directory} (Chromium asks CDP for that in headless mode). */
    public Browser downloadInto(Path directory) {
        driver.executeCdpCommand("Browser.setDownloadBehavior", Map.of("behavior", "allow",
                "downloadPath", directory.toAbsolutePath().toString()));
        return this;
    }

    public void screenshot(Path file) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}

package org.thbhub.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.thbhub.it.Api.User;

/**
 * One headless Debian Chromium with a fresh profile, driven through chromedriver at its Debian
 * path, plus what the journeys need: signing in, finding controls by their visible names, axe-core
 * checks, screenshots and the browser's own Navigation Timing of every page load.
 */
final class Browser implements AutoCloseable {

    static final int OFFSET = Integer.getInteger("thb.it.port.offset", 0);
    static final String ORIGIN = "http://localhost:" + (8080 + OFFSET);
    static final String PAGES = ORIGIN + "/thb-hub";
    static final Path OUT =
            Path.of(System.getProperty("thb.browser.out", "target/browser")).toAbsolutePath();
    static final Duration WAIT = Duration.ofSeconds(60);

    final ChromeDriver driver;
    final Path downloads;
    private final Path profile;

    Browser(String language) {
        Chromium.ensureInstalled();
        try {
            Files.createDirectories(OUT.resolve("screenshots"));
            profile = Files.createTempDirectory("thb-chromium-profile");
            downloads = Files.createTempDirectory("thb-downloads");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(Chromium.BROWSER.toFile());
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-dev-shm-usage",
                "--window-size=1280,900",
                "--lang=" + language,
                "--user-data-dir=" + profile);
        Map<String, Object> prefs = new HashMap<>();
        prefs.put("intl.accept_languages", language);
        prefs.put("download.default_directory", downloads.toString());
        prefs.put("download.prompt_for_download", false);
        prefs.put("safebrowsing.enabled", false);
        options.setExperimentalOption("prefs", prefs);
        ChromeDriverService service =
                new ChromeDriverService.Builder()
                        .usingDriverExecutable(Chromium.DRIVER.toFile())
                        .usingAnyFreePort()
                        .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        driver.executeCdpCommand(
                "Browser.setDownloadBehavior",
                Map.of("behavior", "allow", "downloadPath", downloads.toString()));
    }

    /** Open a page (path under /thb-hub) and wait until its script has drawn it. */
    Browser open(String path) {
        driver.get(PAGES + path);
        waitReady();
        return this;
    }

    void waitReady() {
        until(
                "the page to be drawn",
                () -> {
                    Object ready =
                            js("return document.documentElement.dataset.ready || ''", List.of());
                    return "true".equals(ready) || "error".equals(ready);
                });
        assertThat(js("return document.documentElement.dataset.ready", List.of()))
                .as("page script failed: " + text(By.id("main")))
                .isEqualTo("true");
    }

    /** Sign in through the sign-in page as one of the run's test users. */
    Browser signIn(User user) {
        open("/sign-in");
        field("User name").sendKeys(user.userName());
        field("Password").sendKeys(password(user));
        button("Sign in").click();
        until("the home page", () -> driver.getCurrentUrl().equals(PAGES + "/"));
        waitReady();
        return this;
    }

    /** The user's password in this run (demo: the user name; jdbc: see ItUsers). */
    static String password(User user) {
        return org.thbhub.it.ItUsers.password(user);
    }

    /** The control whose visible label reads exactly this. */
    WebElement field(String label) {
        WebElement l =
                driver.findElement(
                        By.xpath("//label[normalize-space(.)=" + xpathLiteral(label) + "]"));
        return driver.findElement(By.id(l.getAttribute("for")));
    }

    WebElement button(String name) {
        return driver.findElement(
                By.xpath("//button[normalize-space(.)=" + xpathLiteral(name) + "]"));
    }

    WebElement link(String name) {
        return driver.findElement(By.xpath("//a[normalize-space(.)=" + xpathLiteral(name) + "]"));
    }

    boolean has(By by) {
        return !driver.findElements(by).isEmpty();
    }

    String text(By by) {
        try {
            return driver.findElement(by).getText();
        } catch (NoSuchElementException e) {
            return "";
        }
    }

    String heading() {
        return text(By.tagName("h1"));
    }

    void until(String what, Supplier<Boolean> condition) {
        new WebDriverWait(driver, WAIT)
                .withMessage(() -> what + " (page: " + driver.getCurrentUrl() + ")")
                .until(d -> condition.get());
    }

    Object js(String script, List<Object> args) {
        return ((JavascriptExecutor) driver).executeScript(script, args.toArray());
    }

    /** Press a key on whatever has the focus, as a keyboard user would. */
    void press(CharSequence... keys) {
        new Actions(driver).sendKeys(keys).perform();
    }

    WebElement focused() {
        return driver.switchTo().activeElement();
    }

    /** Tab forward until the focused element matches, at most max presses. */
    WebElement tabTo(String description, java.util.function.Predicate<WebElement> wanted, int max) {
        return tabTo(description, wanted, max, false);
    }

    /** Tab (or Shift+Tab backwards) until the focused element matches. */
    WebElement tabTo(
            String description,
            java.util.function.Predicate<WebElement> wanted,
            int max,
            boolean backwards) {
        if (backwards) {
            max = Math.max(max, 60);
        }
        for (int i = 0; i < max; i++) {
            if (backwards) {
                new Actions(driver)
                        .keyDown(Keys.SHIFT)
                        .sendKeys(Keys.TAB)
                        .keyUp(Keys.SHIFT)
                        .perform();
            } else {
                press(Keys.TAB);
            }
            WebElement now = focused();
            if (wanted.test(now)) {
                return now;
            }
        }
        throw new AssertionError("Tab never reached " + description);
    }

    /** A file that has landed in the download folder, complete. */
    Path downloaded(String nameEnd) {
        until(
                "a download ending " + nameEnd,
                () -> {
                    try (var files = Files.list(downloads)) {
                        return files.anyMatch(f -> f.getFileName().toString().endsWith(nameEnd));
                    } catch (IOException e) {
                        return false;
                    }
                });
        try (var files = Files.list(downloads)) {
            return files.filter(f -> f.getFileName().toString().endsWith(nameEnd))
                    .findFirst()
                    .orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Saves the whole page as target/browser/screenshots/name.png. */
    Path screenshot(String name) {
        Dimension before = driver.manage().window().getSize();
        Number height =
                (Number)
                        js(
                                "return Math.max(document.body.scrollHeight,"
                                        + " document.documentElement.scrollHeight)",
                                List.of());
        driver.manage()
                .window()
                .setSize(new Dimension(before.getWidth(), Math.min(4000, height.intValue() + 140)));
        try {
            Path file = OUT.resolve("screenshots").resolve(name + ".png");
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            driver.manage().window().setSize(before);
        }
    }

    /** axe-core on the page as it is now: no violation of serious or critical impact. */
    void assertAccessible(String page) {
        if (!Boolean.TRUE.equals(js("return typeof window.axe === 'object'", List.of()))) {
            js(axeSource(), List.of());
        }
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> violations =
                (List<Map<String, Object>>)
                        ((JavascriptExecutor) driver)
                                .executeAsyncScript(
                                        "const done = arguments[arguments.length - 1];"
                                                + " axe.run(document, {resultTypes: ['violations']})"
                                                + ".then(r => done(r.violations.map(v => ({id: v.id,"
                                                + " impact: v.impact, help: v.help, nodes:"
                                                + " v.nodes.slice(0, 3).map(n => n.target.join(' '))}))))"
                                                + ".catch(e => done([{id: 'axe-error', impact:"
                                                + " 'critical', help: String(e), nodes: []}]));");
        List<String> serious = new ArrayList<>();
        for (Map<String, Object> v : violations) {
            String impact = String.valueOf(v.get("impact"));
            if ("serious".equals(impact) || "critical".equals(impact)) {
                serious.add(
                        v.get("id") + " (" + impact + "): " + v.get("help") + " " + v.get("nodes"));
            }
        }
        assertThat(serious).as("axe-core violations on " + page).isEmpty();
    }

    private static String axeSource() {
        String path = "META-INF/resources/webjars/axe-core/" + axeVersion() + "/axe.min.js";
        try (InputStream in = Browser.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("axe-core is not on the test class path: " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String axeVersion() {
        return System.getProperty("thb.axe.version", "4.6.3");
    }

    /**
     * The Navigation Timing of the page just loaded: bytes transferred by the document and every
     * resource and API call it made, and when its script had drawn it ("usable"). Appended to
     * target/browser/page-loads.csv for docs/benchmarks.md.
     */
    PageLoad measure(String page) {
        @SuppressWarnings("unchecked")
        Map<String, Object> m =
                (Map<String, Object>)
                        js(
                                "const n = performance.getEntriesByType('navigation')[0];"
                                        + " const r = performance.getEntriesByType('resource');"
                                        + " const ready = performance.getEntriesByName('thb-ready')[0];"
                                        + " return {document: n.transferSize, resources: r.reduce((s, e) =>"
                                        + " s + e.transferSize, 0), requests: r.length + 1,"
                                        + " domContentLoaded: n.domContentLoadedEventEnd, load:"
                                        + " n.loadEventEnd, usable: ready ? ready.startTime : -1};",
                                List.of());
        PageLoad load =
                new PageLoad(
                        page,
                        ((Number) m.get("document")).longValue()
                                + ((Number) m.get("resources")).longValue(),
                        ((Number) m.get("requests")).intValue(),
                        ((Number) m.get("domContentLoaded")).doubleValue(),
                        ((Number) m.get("load")).doubleValue(),
                        ((Number) m.get("usable")).doubleValue());
        try {
            Path csv =
                    OUT.resolve(
                            "page-loads-" + System.getProperty("thb.it.database", "any") + ".csv");
            if (!Files.exists(csv)) {
                Files.writeString(
                        csv, "page,transferredBytes,requests,domContentLoadedMs,loadMs,usableMs\n");
            }
            Files.writeString(
                    csv,
                    String.format(
                            Locale.ROOT,
                            "%s,%d,%d,%.1f,%.1f,%.1f%n",
                            page,
                            load.transferredBytes(),
                            load.requests(),
                            load.domContentLoadedMs(),
                            load.loadMs(),
                            load.usableMs()),
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return load;
    }

    record PageLoad(
            String page,
            long transferredBytes,
            int requests,
            double domContentLoadedMs,
            double loadMs,
            double usableMs) {}

    /** Forget everything cached, so that the next load is a first load. */
    void clearCache() {
        driver.executeCdpCommand("Network.clearBrowserCache", Map.of());
    }

    private static String xpathLiteral(String s) {
        if (!s.contains("'")) {
            return "'" + s + "'";
        }
        return "concat('" + s.replace("'", "',\"'\",'") + "')";
    }

    @Override
    public void close() {
        driver.quit();
        deleteTree(profile);
    }

    private static void deleteTree(Path root) {
        try (var paths = Files.walk(root)) {
            paths.sorted(java.util.Comparator.reverseOrder())
                    .forEach(
                            p -> {
                                try {
                                    Files.deleteIfExists(p);
                                } catch (IOException ignored) {
                                    // a profile file still held by a dying browser: left in /tmp
                                }
                            });
        } catch (IOException ignored) {
            // nothing to clean
        }
    }
}

package org.citypeers.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.citypeers.IntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base of the real-browser tests: the app on a random port, Debian's Chromium driven by Playwright.
 * Without Chromium the tests fail in CI (CI=true) and are skipped with a message elsewhere.
 * Each test gets a fresh browser context (no shared cookies).
 */
@Tag("browser")
public abstract class BrowserTest extends IntegrationTest {

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    protected int port;

    protected BrowserContext context;
    protected Page page;

    /** A failing journey leaves a screenshot of where it stopped (target/screenshots/FAILED-...png). */
    @RegisterExtension
    final TestExecutionExceptionHandler screenshotOnFailure = (ctx, failure) -> {
        if (page != null && !page.isClosed()) {
            try {
                screenshot("FAILED-" + ctx.getRequiredTestClass().getSimpleName() + "-" + ctx.getRequiredTestMethod().getName());
            } catch (RuntimeException e) {
                failure.addSuppressed(e);
            }
        }
        throw failure;
    };

    @BeforeAll
    static void launchBrowser() {
        Path chromium = findChromium();
        if (chromium == null) {
            String msg = "Chromium was not found (looked on PATH and in /usr/bin). Install it with "
                    + "`apt-get install chromium` or run `.ci/run`, which does.";
            if (Boolean.parseBoolean(System.getenv("CI"))) {
                Assertions.fail(msg);
            }
            System.err.println("WARNING: skipping browser tests. " + msg);
            Assumptions.abort(msg);
        }
        // assertions wait as long as actions do: on the shared 2-core machine a page can take more than the default 5 s
        PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
        playwright = Playwright.create();
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(chromium)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--disable-dev-shm-usage")));
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
        if (playwright != null) {
            playwright.close();
            playwright = null;
        }
    }

    @BeforeEach
    void openPage() {
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1366, 768).setLocale("en-GB"));
        context.setDefaultTimeout(15_000);
        page = context.newPage();
    }

    @AfterEach
    void closePage() {
        if (context != null) {
            context.close();
        }
    }

    protected String url(String path) {
        return "http://localhost:" + port + "/" + (path.startsWith("/") ? path.substring(1) : path);
    }

    /** Opens a page and waits until Vaadin has rendered it. */
    protected void open(String path) {
        page.navigate(url(path));
        page.waitForLoadState();
    }

    /** Signs in through the real login form and waits for the home page. */
    protected void login(String email, String password) {
        submitLogin(email, password);
        page.waitForURL(u -> !u.contains("/login"));
        page.locator("#home-title, vaadin-app-layout").first().waitFor();
    }

    /** Fills and submits the login form without waiting for success. */
    protected void submitLogin(String email, String password) {
        open("login");
        page.locator("vaadin-login-form input[name='username']").fill(email);
        page.locator("vaadin-login-form input[name='password']").fill(password);
        page.locator("vaadin-login-form input[name='password']").press("Enter");
    }

    protected void loginAsDemo(String email) {
        login(email, org.citypeers.demo.DemoAccounts.PASSWORD);
    }

    /** Saves a screenshot under target/screenshots (useful when a test fails). */
    protected void screenshot(String name) {
        try {
            Path dir = Path.of("target", "screenshots");
            Files.createDirectories(dir);
            page.screenshot(new Page.ScreenshotOptions().setPath(dir.resolve(name + ".png")).setFullPage(true));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static Path findChromium() {
        String path = System.getenv().getOrDefault("PATH", "");
        return Stream.concat(Stream.of(path.split(":")).flatMap(d -> Stream.of(Path.of(d, "chromium"), Path.of(d, "chromium-browser"))),
                        Stream.of(Path.of("/usr/bin/chromium"), Path.of("/usr/bin/chromium-browser")))
                .filter(Files::isExecutable).findFirst().orElse(null);
    }
}

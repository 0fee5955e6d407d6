package org.retrogistics.testing;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * Pages tested in a real headless Chromium (Debian's, at /usr/bin/chromium or $CHROMIUM_PATH) driven by Playwright,
 * against the real application and database. Screenshots land in target/screenshots.
 */
public abstract class BrowserTestSupport extends ApiTestSupport {

    private static Playwright playwright;
    private static Browser browser;
    private static Path userData;

    private BrowserContext context;
    protected Page page;

    @BeforeAll
    static void launch() throws Exception {
        String executable = System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium");
        if (!Files.isExecutable(Paths.get(executable))) {
            throw new IllegalStateException(
                    "Browser tests need Chromium at " + executable + " (Debian: apt-get install -y chromium)");
        }
        playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        userData = Files.createTempDirectory("retrogistics-chromium");
        browser = playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(Paths.get(executable))
                        .setHeadless(true)
                        .setArgs(List.of(
                                "--no-sandbox",
                                "--disable-gpu",
                                "--disable-dev-shm-usage",
                                "--disable-quic",
                                "--no-first-run",
                                "--disable-background-networking",
                                "--disable-component-update",
                                "--disable-sync")));
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @BeforeEach
    void newPage() {
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
        context.setDefaultTimeout(15_000);
        page = context.newPage();
    }

    @AfterEach
    void closePage() {
        context.close();
    }

    protected String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    protected void screenshot(String name) {
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Paths.get("target/screenshots/" + name + ".png"))
                .setFullPage(true));
    }
}

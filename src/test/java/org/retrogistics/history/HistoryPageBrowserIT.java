package org.retrogistics.history;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.retrogistics.access.Role;
import org.retrogistics.testing.BrowserTestSupport;

/**
 * The console's history import in a real Chromium: a manager picks a file, the page sends it, the progress bar
 * follows the server-sent events to 100%, and the error report is a link away; no script error and no
 * Content-Security-Policy violation on the way.
 */
class HistoryPageBrowserIT extends BrowserTestSupport {

    @Test
    void aManagerImportsAFileAndFollowsItToTheErrorReport() throws IOException {
        // the December extract's first 2,500 lines, and one line that cannot be read
        Path file = Files.createTempFile("december-slice", ".csv");
        List<String> lines = new ArrayList<>();
        try (var in = Files.lines(HistoryImportIT.DECEMBER)) {
            lines.addAll(in.limit(2_501).toList());
        }
        lines.add("536999,22633,HAND WARMER,lots,2010-12-01 08:28:00,1.85,17850.0,United Kingdom");
        Files.write(file, lines);

        List<String> problems = new ArrayList<>();
        page.onConsoleMessage(m -> {
            // a resource that failed to load is judged by its response below
            if ((m.type().equals("error") || m.type().equals("warning"))
                    && !m.text().startsWith("Failed to load resource")) {
                problems.add(m.text());
            }
        });
        page.onResponse(r -> {
            // the browser asks for /favicon.ico by itself; the application has none
            if (r.status() >= 400 && !r.url().endsWith("/favicon.ico")) {
                problems.add(r.status() + " for " + r.url());
            }
        });
        page.onPageError(e -> problems.add("script error: " + e));

        Tenant t = newTenant();
        access.createUser(t.id(), t.code() + "-manager", "secret-manager", "Manager", EnumSet.of(Role.MANAGER));
        page.navigate(url("/console/history"));
        page.getByLabel("User name").fill(t.code() + "-manager");
        page.getByLabel("Password").fill("secret-manager");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in"))
                .click();
        // signing in lands on the console's home; the history page is one link away
        assertThat(page.locator("h1")).hasText("Returns overview");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("History"))
                .click();
        assertThat(page.locator("h1")).hasText("History import");

        page.getByLabel("CSV file").setInputFiles(file);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import"))
                .click();
        assertThat(page.locator("#history-status")).containsText("DONE: 2502 lines read, 2500 imported, 1 rejected");
        assertThat(page.locator("#history-bar")).hasAttribute("value", "100");
        assertThat(page.locator("#history-errors")).isVisible();
        screenshot("history-import");

        String report = page.request()
                .get(url(page.locator("#history-errors").getAttribute("href")))
                .text();
        org.assertj.core.api.Assertions.assertThat(report.lines().toList())
                .containsExactly("line,reason", "2502,Quantity is not a whole number: lots");

        page.navigate(url("/console/history"));
        assertThat(page.locator("#history-jobs"))
                .containsText(file.getFileName().toString());
        assertThat(page.locator("#history-figures")).containsText("Invoices");
        org.assertj.core.api.Assertions.assertThat(problems).isEmpty();
    }
}

package org.retrogistics.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.retrogistics.access.Role;
import org.retrogistics.testing.BrowserTestSupport;

/**
 * The pages under their Content-Security-Policy in a real Chromium: no violation, no script error, no console warning
 * on the console's pages, the portal and Swagger UI, and htmx still works without eval (the receiving station's scan).
 */
class ContentSecurityPolicyBrowserIT extends BrowserTestSupport {

    /** Every violation the page reports, recorded by a script the browser runs before the page's own. */
    private static final String RECORD_VIOLATIONS = "window.__violations = [];"
            + "document.addEventListener('securitypolicyviolation', e => window.__violations.push("
            + "e.violatedDirective + ' blocked ' + e.blockedURI + ' at ' + e.sourceFile + ':' + e.lineNumber));";

    /** What a page loads by itself (htmx's requests, which may be refused on purpose, are xhr). */
    private static final Set<String> PAGE_RESOURCES = Set.of("document", "script", "stylesheet", "image", "font");

    private final List<String> problems = new ArrayList<>();

    @BeforeEach
    void listen() {
        page.addInitScript(RECORD_VIOLATIONS);
        page.onConsoleMessage(m -> {
            // a resource that failed to load is judged below by its kind: refusals of htmx requests are expected
            boolean failedLoad = m.text().startsWith("Failed to load resource");
            if ((m.type().equals("error") || m.type().equals("warning")) && !failedLoad) {
                problems.add(m.type() + " on " + page.url() + ": " + m.text());
            }
        });
        page.onPageError(e -> problems.add("script error on " + page.url() + ": " + e));
        page.onResponse(r -> {
            // the browser asks for /favicon.ico by itself; the application has none
            if (r.status() >= 400
                    && PAGE_RESOURCES.contains(r.request().resourceType())
                    && !r.url().endsWith("/favicon.ico")) {
                problems.add(r.status() + " for " + r.request().resourceType() + " " + r.url());
            }
        });
    }

    @Test
    void consolePagesPortalAndApiDocsRunWithoutAViolation() {
        Tenant t = newTenant();
        String order = placeOrder(t, 3, "phone", 1, "shirt", 1);
        post("/api/returns", t.token(Role.CUSTOMER), returnOf(line(order, 1, 1, "DEFECTIVE", "REFUND")));
        access.createUser(
                t.id(),
                t.code() + "-all",
                "secret-all",
                "Everything",
                EnumSet.of(Role.AGENT, Role.WAREHOUSE, Role.TECHNICIAN, Role.MANAGER, Role.ADMIN));
        signIn(t.code() + "-all", "secret-all");
        for (String path : List.of(
                "/console",
                "/console/returns",
                "/console/review",
                "/console/receiving",
                "/console/inspection",
                "/console/work-orders",
                "/console/transport",
                "/console/transport/pickups",
                "/console/transport/planning",
                "/console/refunds",
                "/console/resale/listings",
                "/console/resale/lots",
                "/console/recycling",
                "/console/recycling/diversion",
                "/console/recovery",
                "/console/recalls",
                "/console/access",
                "/console/account",
                "/portal/" + t.code(),
                "/portal/" + t.code() + "/status")) {
            visit(path);
        }

        // the returns list filters as one types: htmx's trigger and swap, without eval
        page.navigate(url("/console/returns"));
        page.locator("#f-status").selectOption("AUTHORIZED");
        page.waitForURL(Pattern.compile(".*status=AUTHORIZED.*"));
        assertThat(page.locator("#results")).containsText("1 return(s)");

        // Swagger UI has its own, slightly wider policy (inline style only): it must render under it
        page.navigate(url("/swagger-ui/index.html"));
        page.waitForLoadState(LoadState.NETWORKIDLE);
        assertNoViolation("/swagger-ui/index.html");
        // the first /v3/api-docs is built on demand: allow for a slow machine
        assertThat(page.locator(".swagger-ui .info .title"))
                .isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(60_000));
        assertNoViolation("/swagger-ui/index.html");

        org.assertj.core.api.Assertions.assertThat(problems).isEmpty();
    }

    @Test
    void theReceivingStationScansWithHtmxUnderThePolicy() {
        Tenant t = newTenant();
        String order = placeOrder(t, 3, "phone", 1);
        String rma = post("/api/returns", t.token(Role.CUSTOMER), returnOf(line(order, 1, 1, "DEFECTIVE", "REFUND")))
                .json()
                .path("rmaNumber")
                .asString();
        signIn(t.code() + "-warehouse", "secret-warehouse");
        page.navigate(url("/console/receiving"));
        Locator scan = page.locator("#scan-code");
        assertThat(scan).isFocused();

        // a function key picks the outcome (a listener in /js/receiving.js, not an inline handler)
        page.keyboard().press("F4");
        assertThat(page.locator("#outcome-WRONG_ITEM")).isChecked();
        page.keyboard().press("F2");
        assertThat(page.locator("#outcome-RECEIVED")).isChecked();

        page.keyboard().type(rma);
        page.keyboard().press("Enter");
        Locator feedback = page.locator("#feedback");
        assertThat(feedback.locator(".feedback-title")).hasText("Received");
        assertThat(feedback).containsText(rma);
        assertThat(scan).hasValue("");
        assertThat(scan).isFocused();

        // a refusal (409) is swapped in like any other answer
        page.keyboard().type(rma);
        page.keyboard().press("Enter");
        assertThat(feedback.locator(".feedback-title")).hasText("Already received");
        assertThat(scan).hasValue("");
        assertNoViolation("/console/receiving");
        org.assertj.core.api.Assertions.assertThat(problems).isEmpty();
    }

    private void visit(String path) {
        com.microsoft.playwright.Response answer = page.navigate(url(path));
        org.assertj.core.api.Assertions.assertThat(answer.status()).as(path).isEqualTo(200);
        page.waitForLoadState(LoadState.NETWORKIDLE);
        assertNoViolation(path);
    }

    @SuppressWarnings("unchecked")
    private void assertNoViolation(String path) {
        List<String> violations = (List<String>) page.evaluate("() => window.__violations");
        org.assertj.core.api.Assertions.assertThat(violations).as(path).isEmpty();
        org.assertj.core.api.Assertions.assertThat(problems).as(path).isEmpty();
    }

    private void signIn(String user, String password) {
        page.navigate(url("/login"));
        page.getByLabel("User name").fill(user);
        page.getByLabel("Password").fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in"))
                .click();
        assertThat(page.locator("h1")).hasText("Returns overview");
        assertNoViolation("/login");
    }
}

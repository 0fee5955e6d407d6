package org.retrogistics.web.pages;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.retrogistics.access.Role;
import org.retrogistics.testing.BrowserTestSupport;

/** An agent signs in, works the review queue, filters the list and follows a unit's custody, in headless Chromium. */
class ConsoleBrowserIT extends BrowserTestSupport {

    @Test
    void anAgentAuthorizesAReturnFromTheReviewQueueAndFollowsItsUnit() {
        Tenant t = newTenant();
        String order = placeOrder(t, 4, "laptop", 1, "shirt", 1);
        String rma = post("/api/returns", t.token(Role.CUSTOMER), returnOf(line(order, 1, 1, "CHANGED_MIND", "REFUND")))
                .json()
                .path("rmaNumber")
                .asString();
        post("/api/returns", t.token(Role.CUSTOMER), returnOf(line(order, 2, 1, "SIZE_FIT", "EXCHANGE")));

        page.navigate(url("/console"));
        page.getByLabel("User name").fill(t.code() + "-agent");
        page.getByLabel("Password").fill("secret-agent");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in"))
                .click();
        assertThat(page.locator("h1")).hasText("Returns overview");
        assertThat(page.locator("#review-count")).hasText("1");
        screenshot("console-overview");

        page.getByText("Open the review queue").click();
        assertThat(page.locator("#review-" + rma)).containsText("above the review threshold");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Authorize " + rma))
                .click();
        assertThat(page.locator(".notice")).hasText("Return authorized.");
        assertThat(page.locator("#review-" + rma)).hasCount(0);

        page.navigate(url("/console/returns"));
        page.getByLabel("Status").selectOption("AUTHORIZED");
        // htmx swaps the results in place and pushes the filter into the address
        page.waitForURL("**status=AUTHORIZED**");
        assertThat(page.locator("#results")).containsText("2 return(s)");
        page.getByLabel("Return number starts with").fill(rma);
        assertThat(page.locator("#results")).containsText("1 return(s)");
        screenshot("console-returns");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(rma)).click();
        assertThat(page.locator("#status")).hasText("AUTHORIZED");
        assertThat(page.locator("#timeline")).containsText("ReturnAuthorized");
        assertThat(page.locator("#timeline")).containsText(t.code() + "-agent");
        screenshot("console-return");

        page.locator("a[href^='/console/units/']").first().click();
        assertThat(page.locator("#custody")).containsText("1. EXPECTED");
        assertThat(page.locator("#custody")).containsText("recorded by " + t.code() + "-agent");
    }

    @Test
    void anotherClientsReturnIsNotFoundInTheConsole() {
        Tenant a = newTenant();
        Tenant b = newTenant();
        String id = post(
                        "/api/returns",
                        a.token(Role.CUSTOMER),
                        returnOf(line(placeOrder(a, 3, "shirt", 1), 1, 1, "SIZE_FIT", "EXCHANGE")))
                .json()
                .path("id")
                .asString();
        page.navigate(url("/login"));
        page.getByLabel("User name").fill(b.code() + "-agent");
        page.getByLabel("Password").fill("secret-agent");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in"))
                .click();
        var response = page.navigate(url("/console/returns/" + id));
        org.assertj.core.api.Assertions.assertThat(response.status()).isEqualTo(404);
        assertThat(page.locator("h1")).hasText("Not found");
    }
}

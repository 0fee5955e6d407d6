package org.retrogistics.refunds;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.retrogistics.access.Role;
import org.retrogistics.testing.BrowserTestSupport;
import org.retrogistics.web.pages.PortalLinks;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** The customer follows their refund in the portal; an agent retries a failed payout from the console. */
class RefundsBrowserIT extends BrowserTestSupport {

    /** The signed link the shopper's messages carry: the portal takes no e-mail in an address. */
    @Autowired
    private PortalLinks links;

    @Test
    void theCustomerSeesTheRefundAndAnAgentRetriesAFailedPayout() {
        Tenant t = newTenant();
        String order = placeOrder(t, 3, "shirt", 1);
        JsonNode r = post("/api/returns", t.token(Role.CUSTOMER), returnOf(line(order, 1, 1, "DEFECTIVE", "REFUND")))
                .json();
        String rma = r.path("rmaNumber").asString();

        page.navigate(url(links.statusPath(t.code(), rma)));
        assertThat(page.locator("#money-none")).containsText("Nothing yet");

        Res made = post(
                "/api/returns/" + r.path("id").asString() + "/resolutions",
                t.token(Role.AGENT),
                Map.of("lineNo", 1, "kind", "REFUND"));
        String id = made.json().path("movements").get(0).path("id").asString();
        // the provider's answer was lost: recorded as failed
        jdbc.sql(
                        "update money_movement set status = 'FAILED', failure_reason = 'provider not reached' where id = ?::uuid")
                .param(id)
                .update();
        page.reload();
        assertThat(page.locator("#money .money-amount")).hasText("29.00 USD");
        assertThat(page.locator("#money .money-status")).hasText("Delayed: we are trying again");
        screenshot("portal-refund-delayed");

        page.navigate(url("/login"));
        page.getByLabel("User name").fill(t.code() + "-agent");
        page.getByLabel("Password").fill("secret-agent");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in"))
                .click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Refunds"))
                .click();
        assertThat(page.locator("#mm-" + id)).containsText("provider not reached");
        screenshot("console-refunds-failed");
        page.locator("#mm-" + id)
                .getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Retry"))
                .click();
        assertThat(page.locator(".notice")).hasText("Retried: ISSUED");
        assertThat(page.locator("#mm-" + id)).containsText("ISSUED");

        page.navigate(url(links.statusPath(t.code(), rma)));
        assertThat(page.locator("#money .money-status")).hasText("Paid");
        screenshot("portal-refund-paid");
    }
}

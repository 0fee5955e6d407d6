package org.retrogistics.web.pages;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.retrogistics.testing.BrowserTestSupport;

/** A shopper returns part of an order in the portal, in headless Chromium. */
class PortalBrowserIT extends BrowserTestSupport {

    @Test
    void aShopperFindsTheOrderAsksThePolicyAndGetsAReturnNumber() {
        Tenant t = newTenant();
        String order = placeOrder(t, 5, "phone", 1, "shirt", 2);

        page.navigate(url("/portal/" + t.code()));
        page.getByLabel("Order number").fill(order);
        page.getByLabel("E-mail used for the order").fill("shopper@example.com");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Find my order"))
                .click();

        assertThat(page.locator("h1")).hasText("Order " + order);
        page.getByLabel("Quantity of " + t.sku("shirt")).fill("1");
        page.getByLabel("Reason for " + t.sku("shirt")).selectOption("SIZE_FIT");
        page.getByLabel("Resolution for " + t.sku("shirt")).selectOption("EXCHANGE");
        page.locator("#check").click();
        assertThat(page.locator("#verdict")).containsText("can be returned");
        assertThat(page.locator("#verdict")).containsText("within the 30-day return window");
        screenshot("portal-verdict");

        page.locator("#submit-return").click();
        assertThat(page.locator("#rma-number")).containsText("RMA-");
        assertThat(page.locator("#return-status")).hasText("Approved");
        screenshot("portal-status");
        String rma = page.locator("#rma-number").textContent();
        assertThat(get("/api/returns/by-rma/" + rma, t.token(org.retrogistics.access.Role.AGENT))
                        .json()
                        .path("lines")
                        .get(0)
                        .path("reason")
                        .asString())
                .isEqualTo("SIZE_FIT");
    }

    /** At 360 and 390 px wide no portal page scrolls sideways, the label and its QR code included. */
    @Test
    void onAPhoneNoPortalPageScrollsSideways() {
        Tenant t = newTenant();
        String order = placeOrder(t, 5, "phone", 1, "shirt", 2, "laptop", 1);
        for (int width : new int[] {360, 390}) {
            page.setViewportSize(width, 800);
            page.navigate(url("/portal/" + t.code()));
            assertFitsTheScreen(width, "find");
            page.getByLabel("Order number").fill(order);
            page.getByLabel("E-mail used for the order").fill("shopper@example.com");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Find my order"))
                    .click();
            assertThat(page.locator("h1")).hasText("Order " + order);
            assertFitsTheScreen(width, "order");
            page.getByLabel("Quantity of " + t.sku("shirt")).fill("1");
            page.getByLabel("Reason for " + t.sku("shirt")).selectOption("CHANGED_MIND");
            page.locator("#check").click();
            assertThat(page.locator("#verdict")).containsText("can be returned");
            assertFitsTheScreen(width, "order with the verdict");
            if (width == 360) {
                screenshot("portal-order-360");
            }
            page.locator("#submit-return").click();
            assertThat(page.locator("#return-status")).hasText("Approved");
            assertFitsTheScreen(width, "status");
            page.locator("#make-label").click();
            assertThat(page.locator("#label-pdf")).isVisible();
            assertThat(page.locator("#timeline")).containsText("Return label made");
            assertThat(page.locator("#return-lines")).containsText("Changed my mind");
            assertThat(page.locator("main")).not().containsText("CHANGED_MIND");
            assertFitsTheScreen(width, "status with the label");
            if (width == 360) {
                screenshot("portal-status-360");
            }
        }
    }

    private void assertFitsTheScreen(int width, String which) {
        Object scrollWidth = page.evaluate("document.documentElement.scrollWidth");
        assertThat(((Number) scrollWidth).intValue())
                .as("the %s page at %d px", which, width)
                .isLessThanOrEqualTo(width);
    }

    @Test
    void aWrongEmailFindsNothingAndAClosedWindowIsExplained() {
        Tenant t = newTenant();
        String order = placeOrder(t, 60, "shirt", 1);
        page.navigate(url("/portal/" + t.code()));
        page.getByLabel("Order number").fill(order);
        page.getByLabel("E-mail used for the order").fill("someone.else@example.com");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Find my order"))
                .click();
        assertThat(page.locator(".error")).containsText("could not find an order");

        page.getByLabel("E-mail used for the order").fill("shopper@example.com");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Find my order"))
                .click();
        page.getByLabel("Quantity of " + t.sku("shirt")).fill("1");
        page.getByLabel("Reason for " + t.sku("shirt")).selectOption("CHANGED_MIND");
        page.locator("#submit-return").click();
        assertThat(page.locator(".error")).containsText("return window closed");
        assertThat(count("select count(*) from return_request where client_id = ?", t.id().value()))
                .isZero();
    }
}

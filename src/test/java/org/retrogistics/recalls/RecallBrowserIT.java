package org.retrogistics.recalls;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.retrogistics.access.Role;
import org.retrogistics.testing.BrowserTestSupport;

/** A manager previews, creates and launches a recall in the console and follows its progress bar. */
class RecallBrowserIT extends BrowserTestSupport {

    private static final LocatorAssertions.HasTextOptions SLOW =
            new LocatorAssertions.HasTextOptions().setTimeout(30_000);

    @Test
    void aManagerPreviewsLaunchesAndFollowsARecall() {
        Tenant t = newTenant();
        String at = Instant.now().minus(5, ChronoUnit.DAYS).toString();
        for (int i = 1; i <= 3; i++) {
            post(
                    "/api/orders",
                    t.admin(),
                    Map.of(
                            "orderNumber",
                            t.code() + "-R" + i,
                            "customerEmail",
                            "r" + i + "@example.com",
                            "orderedAt",
                            at,
                            "currency",
                            "USD",
                            "lines",
                            List.of(Map.of(
                                    "sku",
                                    t.sku("shirt"),
                                    "quantity",
                                    1,
                                    "unitPrice",
                                    5,
                                    "lot",
                                    i < 3 ? "LOT-X" : "LOT-Y"))));
        }
        String manager = t.code() + "-manager";
        access.createUser(t.id(), manager, "secret-manager", "Manager", EnumSet.of(Role.MANAGER));

        page.navigate(url("/login"));
        page.getByLabel("User name").fill(manager);
        page.getByLabel("Password").fill("secret-manager");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in"))
                .click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Recalls"))
                .click();
        assertThat(page.locator("h1")).hasText("Recall campaigns");

        page.getByLabel("Name").fill("Loose seams");
        page.getByLabel("Product SKU").fill(t.sku("shirt"));
        page.getByLabel("Lots (comma separated)").fill("LOT-X");
        page.locator("#r-preview").click();
        assertThat(page.locator("#preview-count strong")).hasText("2 unit(s)");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create and launch"))
                .click();
        assertThat(page.locator("#recall-status")).hasText("LAUNCHED", SLOW);
        assertThat(page.locator("#p-expected")).hasText("2");
        assertThat(page.locator("#p-outstanding")).hasText("2");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("All recalls"))
                .click();
        assertThat(page.locator("table .progress-text")).hasText("0 / 2 (0%)");
        screenshot("recalls");
    }
}
